package io.relais.it.api;

import io.relais.it.support.RelaisClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.SUPERVISOR;
import static io.relais.it.support.RelaisClient.SUPERVISOR_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The response library over HTTP: checks that refuse, the review, versions, and filling in for a conversation. */
class LibraryApiIT {

    private final RelaisClient agent = RelaisClient.basic(AGENT, AGENT_PASSWORD);
    private final RelaisClient supervisor = RelaisClient.basic(SUPERVISOR, SUPERVISOR_PASSWORD);

    private static final String SMS_OK = "{\"body\":\"Bonjour {{customer.firstName}}, remboursement sous {{facts.refund_delay}}"
            + " sur votre dossier {{conversation.reference}}. Relais\"}";
    private static final String CHAT_OK = "{\"body\":\"Votre remboursement arrive sous {{facts.refund_delay}}.\"}";

    private String newMotif(String channels) {
        String code = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        HttpResponse<String> created = supervisor.post("/api/library/motifs", "{\"code\":\"" + code
                + "\",\"labelFr\":\"Test " + code + "\",\"labelEn\":\"Test " + code + "\",\"keywords\":[\"remboursement\"],"
                + "\"priority\":\"HIGH\",\"channels\":" + channels + "}");
        assertEquals(201, created.statusCode(), created.body());
        return ((JsonObject) json(created)).getString("id");
    }

    private JsonObject newAnswer(String motifId, String delay) {
        HttpResponse<String> created = agent.post("/api/library/answers", "{\"motifId\":\"" + motifId
                + "\",\"title\":\"Délai de remboursement\",\"reference\":\"Nous remboursons sous " + delay + " après réception.\","
                + "\"facts\":[{\"name\":\"refund_delay\",\"kind\":\"DELAY\",\"value\":\"" + delay + "\"}]}");
        assertEquals(201, created.statusCode(), created.body());
        return (JsonObject) json(created);
    }

    private static JsonObject variant(JsonObject answer, String form) {
        return answer.getJsonArray("variants").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("form").equals(form)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + form + " variant in " + answer));
    }

    private static List<String> codes(HttpResponse<String> refused) {
        return ((JsonObject) json(refused)).getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("code")).toList();
    }

    @Test
    void theStarterLibraryIsInstalledApprovedAndOffered() {
        JsonArray tree = (JsonArray) json(agent.get("/api/library/motifs"));
        JsonObject delivery = tree.getValuesAs(JsonObject.class).stream().filter(m -> m.getString("code").equals("LIVRAISON"))
                .findFirst().orElseThrow(() -> new AssertionError("no LIVRAISON in " + tree));
        JsonObject late = delivery.getJsonArray("children").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("code").equals("LIVRAISON_RETARD")).findFirst().orElseThrow();
        assertEquals("Colis en retard", late.getString("label"));
        assertEquals(1, late.getInt("answers"));
        JsonArray approved = (JsonArray) json(agent.get("/api/library/answers?status=APPROVED&limit=500"));
        assertTrue(approved.size() >= 19, "approved answers: " + approved.size());
        String lateParcel = approved.getValuesAs(JsonObject.class).stream().filter(a -> a.getString("title").equals("Colis en retard"))
                .findFirst().orElseThrow(() -> new AssertionError("no starter answer 'Colis en retard'")).getString("id");
        JsonObject answer = (JsonObject) json(agent.get("/api/library/answers/" + lateParcel));
        assertEquals(8, answer.getJsonArray("variants").size());
        assertTrue(answer.getJsonArray("variants").getValuesAs(JsonObject.class).stream().allMatch(v -> v.getBoolean("offered")));
    }

    @Test
    void anSmsOverItsLimitOrABrokenTemplateIsRefusedWithTheReasonAndNothingIsSaved() {
        JsonObject answer = newAnswer(newMotif("[\"SMS\"]"), "14 jours");
        String id = answer.getString("id");
        String tooLong = "{\"body\":\"Remboursement sous {{facts.refund_delay}}. " + "Merci de votre patience. ".repeat(14) + "\"}";
        HttpResponse<String> refused = agent.put("/api/library/answers/" + id + "/variants/SMS", tooLong);
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(List.of("SMS_TOO_LONG"), codes(refused));
        assertTrue(refused.body().contains("pour 2 au plus"), refused.body());

        HttpResponse<String> broken = agent.put("/api/library/answers/" + id + "/variants/SMS",
                "{\"body\":\"Bonjour {{customer.firstName, sous {{facts.refund_delay}}\"}");
        assertEquals(400, broken.statusCode(), broken.body());
        assertEquals(List.of("TEMPLATE_SYNTAX"), codes(broken));

        HttpResponse<String> unknown = agent.put("/api/library/answers/" + id + "/variants/SMS",
                "{\"body\":\"Bonjour {{client.prenom}}, sous {{facts.refund_delay}}\"}");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertEquals(List.of("UNKNOWN_PLACEHOLDER"), codes(unknown));

        JsonObject unchanged = (JsonObject) json(agent.get("/api/library/answers/" + id));
        assertEquals(0, unchanged.getJsonArray("variants").size(), "nothing saved half-way");

        HttpResponse<String> counted = agent.post("/api/library/answers/" + id + "/variants/SMS/check",
                "{\"body\":\"Remboursement sous {{facts.refund_delay}}, reçu\"}");
        JsonObject report = (JsonObject) json(counted);
        assertEquals("UCS_2", report.getString("smsEncoding"), "ç is outside GSM 03.38");
        assertEquals(1, report.getInt("smsSegments"));
    }

    @Test
    void reviewApprovalStaleVariantsAndVersions() {
        String motif = newMotif("[\"SMS\",\"CHAT\"]");
        JsonObject answer = newAnswer(motif, "14 jours");
        String id = answer.getString("id");
        assertEquals(200, agent.put("/api/library/answers/" + id + "/variants/SMS", SMS_OK).statusCode());

        HttpResponse<String> early = agent.post("/api/library/answers/" + id + "/submission", "");
        assertEquals(200, early.statusCode(), early.body());
        HttpResponse<String> incomplete = supervisor.post("/api/library/answers/" + id + "/approval", "{\"note\":\"ok\"}");
        assertEquals(409, incomplete.statusCode(), incomplete.body());
        assertTrue(incomplete.body().contains("CHAT"), "the motif's chat channel needs its variant: " + incomplete.body());

        HttpResponse<String> contradicting = agent.put("/api/library/answers/" + id + "/variants/CHAT",
                "{\"body\":\"Votre remboursement arrive sous 30 jours.\"}");
        assertEquals(200, contradicting.statusCode(), "a contradiction is saved as a draft: " + contradicting.body());
        List<String> found = ((JsonObject) json(contradicting)).getJsonObject("report").getJsonArray("findings")
                .getValuesAs(JsonObject.class).stream().map(f -> f.getString("code")).toList();
        assertTrue(found.contains("FACT_CONTRADICTED") && found.contains("FACT_MISSING"), found.toString());
        HttpResponse<String> blocked = supervisor.post("/api/library/answers/" + id + "/approval", "{}");
        assertEquals(409, blocked.statusCode());
        assertTrue(codes(blocked).contains("FACT_CONTRADICTED"), blocked.body());

        assertEquals(200, agent.put("/api/library/answers/" + id + "/variants/CHAT", CHAT_OK).statusCode());
        assertEquals(403, agent.post("/api/library/answers/" + id + "/approval", "{}").statusCode(), "approving is for supervisors");
        HttpResponse<String> approved = supervisor.post("/api/library/answers/" + id + "/approval", "{\"note\":\"relu\"}");
        assertEquals(200, approved.statusCode(), approved.body());
        JsonObject v1 = (JsonObject) json(approved);
        assertEquals("APPROVED", v1.getString("status"));
        assertEquals(1, v1.getInt("version"));
        assertTrue(variant(v1, "SMS").getBoolean("offered"));

        HttpResponse<String> edited = agent.put("/api/library/answers/" + id, "{\"motifId\":\"" + motif
                + "\",\"title\":\"Délai de remboursement\",\"reference\":\"Nous remboursons sous 10 jours.\","
                + "\"facts\":[{\"name\":\"refund_delay\",\"kind\":\"DELAY\",\"value\":\"10 jours\"}],\"editCount\":"
                + v1.getJsonNumber("editCount").longValue() + "}");
        assertEquals(200, edited.statusCode(), edited.body());
        JsonObject stale = (JsonObject) json(edited);
        assertEquals("STALE", variant(stale, "SMS").getString("state"));
        assertFalse(variant(stale, "SMS").getBoolean("offered"), "a stale variant is not offered");
        HttpResponse<String> notOffered = agent.post("/api/library/variants/" + variant(stale, "SMS").getString("id") + "/rendering", "{}");
        assertEquals(409, notOffered.statusCode(), notOffered.body());

        HttpResponse<String> lost = agent.put("/api/library/answers/" + id, "{\"motifId\":\"" + motif
                + "\",\"title\":\"Autre titre\",\"reference\":\"Nous remboursons sous 10 jours.\","
                + "\"facts\":[{\"name\":\"refund_delay\",\"kind\":\"DELAY\",\"value\":\"10 jours\"}],\"editCount\":"
                + v1.getJsonNumber("editCount").longValue() + "}");
        assertEquals(409, lost.statusCode(), "an edit made on an old read does not overwrite: " + lost.body());

        JsonArray review = (JsonArray) json(supervisor.get("/api/library/review"));
        assertTrue(review.getValuesAs(JsonObject.class).stream().anyMatch(a -> a.getString("id").equals(id)));
        JsonObject submitted = (JsonObject) json(agent.post("/api/library/answers/" + id + "/submission", ""));
        assertEquals("APPROVED", submitted.getString("status"), "an approved answer stays approved while its changes wait");
        JsonObject v2 = (JsonObject) json(supervisor.post("/api/library/answers/" + id + "/approval", "{}"));
        assertEquals(2, v2.getInt("version"));
        assertEquals("APPROVED", variant(v2, "CHAT").getString("state"));

        List<String> actions = ((JsonArray) json(agent.get("/api/library/answers/" + id + "/history")))
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertEquals("CREATED", actions.get(0));
        assertEquals(2, actions.stream().filter("APPROVED"::equals).count(), actions.toString());
        String first = agent.get("/api/library/answers/" + id + "/versions/1").body();
        assertTrue(first.contains("14 jours") && !first.contains("10 jours"), first);

        assertEquals(200, agent.put("/api/library/answers/" + id + "/variants/CHAT",
                "{\"body\":\"Remboursement sous {{facts.refund_delay}}, promis.\"}").statusCode());
        JsonObject revised = (JsonObject) json(agent.get("/api/library/answers/" + id));
        assertEquals("APPROVED", revised.getString("status"));
        assertFalse(variant(revised, "CHAT").getBoolean("offered"), "a rewritten variant waits for its approval");
        assertTrue(variant(revised, "SMS").getBoolean("offered"), "the other variants are still offered meanwhile");
    }

    @Test
    void anApprovedVariantIsFilledInForAConversationAndAMissingValueIsNeverSent() {
        String motif = newMotif("[\"SMS\"]");
        String id = newAnswer(motif, "14 jours").getString("id");
        agent.put("/api/library/answers/" + id + "/variants/SMS", SMS_OK);
        agent.post("/api/library/answers/" + id + "/submission", "");
        JsonObject approved = (JsonObject) json(supervisor.post("/api/library/answers/" + id + "/approval", "{}"));
        String variantId = variant(approved, "SMS").getString("id");

        HttpResponse<String> landed = agent.post("/api/contacts", MergesApiIT.contact("SMS", "PHONE",
                RelaisClient.newMobileNumber(), "Léa Fontaine", "Où en est mon remboursement ?"));
        assertEquals(201, landed.statusCode(), landed.body());
        String conversationId = ((JsonObject) json(landed)).getString("conversationId");

        JsonObject rendered = (JsonObject) json(agent.post("/api/library/variants/" + variantId + "/rendering",
                "{\"conversationId\":\"" + conversationId + "\"}"));
        assertTrue(rendered.getBoolean("sendable"), rendered.toString());
        String text = rendered.getString("text");
        assertTrue(text.startsWith("Bonjour Léa, remboursement sous 14 jours sur votre dossier R-"), text);
        assertFalse(text.contains("{{"));

        JsonObject missing = (JsonObject) json(agent.post("/api/library/variants/" + variantId + "/rendering", "{}"));
        assertFalse(missing.getBoolean("sendable"));
        assertFalse(missing.containsKey("text") && !missing.isNull("text"), "no text with a raw tag: " + missing);
        assertEquals(List.of("customer.firstName", "conversation.reference"),
                missing.getJsonArray("missing").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList());

        assertEquals(204, agent.post("/api/library/variants/" + variantId + "/uses", "").statusCode());
        assertEquals(204, agent.post("/api/library/variants/" + variantId + "/feedback", "{\"comment\":\"le client attendait un geste\"}").statusCode());
        JsonObject counted = variant((JsonObject) json(agent.get("/api/library/answers/" + id)), "SMS");
        assertEquals(1, counted.getInt("uses"));
        assertEquals(1, counted.getInt("notSolved"));
        assertEquals(404, agent.post("/api/library/variants/" + UUID.randomUUID() + "/uses", "").statusCode());
    }

    @Test
    void searchIgnoresAccentsCaseAndWordEndings() {
        JsonArray found = (JsonArray) json(agent.get("/api/library/search?q=REMBOURSER%20annulée&status=APPROVED"));
        List<String> titles = found.getValuesAs(JsonObject.class).stream().map(a -> a.getString("title")).toList();
        assertTrue(titles.stream().anyMatch(t -> t.toLowerCase().contains("rembours") || t.toLowerCase().contains("annuler")), titles.toString());
        assertEquals(0, ((JsonArray) json(agent.get("/api/library/search?q=%20%20"))).size());
    }

    @Test
    void anInboundMessageGetsItsThreeLikeliestAnswersForItsChannel() {
        HttpResponse<String> suggested = agent.post("/api/library/suggestions",
                "{\"channel\":\"SMS\",\"text\":\"Bonjour, mon colis n'est toujours pas arrivé, le suivi est bloqué depuis 5 jours !\"}");
        assertEquals(200, suggested.statusCode(), suggested.body());
        List<JsonObject> answers = ((JsonArray) json(suggested)).getValuesAs(JsonObject.class);
        assertEquals(3, answers.size(), answers.toString());
        assertEquals("Colis en retard", answers.get(0).getString("motifLabel"), answers.toString());
        assertTrue(answers.stream().allMatch(a -> a.getString("form").equals("SMS")));

        HttpResponse<String> byConversation = agent.post("/api/contacts", MergesApiIT.contact("X", "X", "@client_" +
                UUID.randomUUID().toString().substring(0, 6), "Client X", "Je veux résilier mon abonnement Relais+, comment faire ?"));
        assertEquals(201, byConversation.statusCode(), byConversation.body());
        String conversationId = ((JsonObject) json(byConversation)).getString("conversationId");
        List<JsonObject> forX = ((JsonArray) json(agent.post("/api/library/suggestions", "{\"conversationId\":\"" + conversationId + "\"}")))
                .getValuesAs(JsonObject.class);
        assertFalse(forX.isEmpty());
        assertEquals("SOCIAL_PUBLIC", forX.get(0).getString("form"), "a message on X is answered in public");
        assertEquals("Résiliation", forX.get(0).getString("motifLabel"), forX.toString());
    }

    @Test
    void administratorsSetTheBrandsLexiconAndAuthorsAreToldAtOnce() {
        RelaisClient admin = RelaisClient.basic(RelaisClient.ADMIN, RelaisClient.ADMIN_PASSWORD);
        HttpResponse<String> read = agent.get("/api/library/brand");
        assertEquals(200, read.statusCode());
        JsonObject original = (JsonObject) json(read);
        assertEquals("VOUS", original.getString("addressForm"));
        assertEquals(403, agent.put("/api/library/brand", original.toString()).statusCode(), "brand rules are for administrators");
        HttpResponse<String> refused = admin.put("/api/library/brand", jakarta.json.Json.createObjectBuilder(original)
                .add("smsMaxSegments", 0).build().toString());
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("a brand needs a name, vous or tu, 1 to 10 SMS segments and a chat limit of 40 to 2000 characters",
                ((JsonObject) json(refused)).getString("error"), "the API's words are English");

        var lexicon = jakarta.json.Json.createArrayBuilder(original.getJsonArray("lexicon"))
                .add(jakarta.json.Json.createObjectBuilder().add("forbidden", "asap").add("replacement", "rapidement"));
        try {
            assertEquals(200, admin.put("/api/library/brand", jakarta.json.Json.createObjectBuilder(original)
                    .add("lexicon", lexicon).build().toString()).statusCode());
            String id = newAnswer(newMotif("[\"CHAT\"]"), "14 jours").getString("id");
            JsonObject report = (JsonObject) json(agent.post("/api/library/answers/" + id + "/variants/CHAT/check",
                    "{\"body\":\"Remboursement asap, sous {{facts.refund_delay}}.\"}"));
            JsonObject finding = report.getJsonArray("findings").getJsonObject(0);
            assertEquals("LEXICON", finding.getString("code"));
            assertEquals("LEXICON", finding.getString("fix"));
            JsonObject fixed = (JsonObject) json(agent.post("/api/library/answers/" + id + "/variants/CHAT/fix?fix=LEXICON",
                    "{\"body\":\"Remboursement asap, sous {{facts.refund_delay}}.\"}"));
            assertEquals("Remboursement rapidement, sous {{facts.refund_delay}}.", fixed.getString("body"));
        } finally {
            assertEquals(200, admin.put("/api/library/brand", original.toString()).statusCode());
        }
    }

    @Test
    void aMotifCannotBeCreatedByAnAgentNorTwiceWithOneCode() {
        assertEquals(403, agent.post("/api/library/motifs", "{\"code\":\"X_AGENT\",\"labelFr\":\"x\",\"labelEn\":\"x\"}").statusCode());
        HttpResponse<String> badCode = supervisor.post("/api/library/motifs", "{\"code\":\"bad code\",\"labelFr\":\"x\",\"labelEn\":\"x\"}");
        assertEquals(400, badCode.statusCode());
        assertEquals(409, supervisor.post("/api/library/motifs", "{\"code\":\"LIVRAISON\",\"labelFr\":\"x\",\"labelEn\":\"x\"}").statusCode());
        String id = newMotif("[\"SMS\"]");
        assertEquals(400, supervisor.put("/api/library/motifs/" + id, "{\"code\":\"OTHER_CODE\",\"labelFr\":\"x\",\"labelEn\":\"x\"}").statusCode(),
                "a motif's code does not change");
    }
}
