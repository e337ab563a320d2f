package io.relais.it.api;

import io.relais.it.support.RelaisClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recording interactions: once per provider message id, even when the same message arrives at the same moment. */
class ConversationsApiIT {

    private final RelaisClient agent = RelaisClient.basic(AGENT, AGENT_PASSWORD);

    /** Hugo Simon's open conversation in the demo: the double direct debit he phoned about. */
    private String[] hugoAndHisConversation() {
        JsonArray found = (JsonArray) json(agent.get("/api/customers?q=hugo%20simon"));
        String customer = found.getJsonObject(0).getString("customerId");
        JsonObject summary = (JsonObject) json(agent.get("/api/customers/" + customer));
        return new String[]{customer, summary.getJsonArray("openConversations").getJsonObject(0).getString("conversationId")};
    }

    private static String call(String providerId, String text) {
        return "{\"channel\":\"PHONE\",\"direction\":\"INBOUND\",\"kind\":\"CALL\",\"providerMessageId\":\""
                + providerId + "\",\"text\":\"" + text + "\"}";
    }

    @Test
    void theSameMessageIsRecordedOnceAndAnsweredWithTheFirstRecord() {
        String conversation = hugoAndHisConversation()[1];
        String providerId = "call-" + UUID.randomUUID();

        HttpResponse<String> first = agent.post("/api/conversations/" + conversation + "/interactions",
                call(providerId, "Rappel du client au sujet du double prélèvement"));
        assertEquals(201, first.statusCode(), first.body());
        JsonObject recorded = (JsonObject) json(first);
        assertFalse(recorded.getBoolean("duplicate"));

        HttpResponse<String> again = agent.post("/api/conversations/" + conversation + "/interactions",
                call(providerId, "Rappel du client au sujet du double prélèvement"));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(recorded.getString("interactionId"), ((JsonObject) json(again)).getString("interactionId"));
        assertTrue(((JsonObject) json(again)).getBoolean("duplicate"));
    }

    @Test
    void concurrentCopiesOfOneMessageMakeOneRecord() throws Exception {
        String[] hugo = hugoAndHisConversation();
        String providerId = "call-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<HttpResponse<String>>> copies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            copies.add(() -> agent.post("/api/conversations/" + hugo[1] + "/interactions", call(providerId, "appel simultané")));
        }
        Set<String> ids = new HashSet<>();
        int created = 0;
        for (Future<HttpResponse<String>> copy : pool.invokeAll(copies)) {
            HttpResponse<String> response = copy.get();
            assertTrue(response.statusCode() == 201 || response.statusCode() == 200, response.body());
            created += response.statusCode() == 201 ? 1 : 0;
            ids.add(((JsonObject) json(response)).getString("interactionId"));
        }
        pool.shutdown();
        assertEquals(1, created, "exactly one copy creates the record");
        assertEquals(1, ids.size(), "every copy is answered with that record");

        JsonObject calls = (JsonObject) json(agent.get("/api/customers/" + hugo[0] + "/timeline?channel=PHONE&limit=200"));
        long recorded = calls.getJsonArray("entries").stream()
                .filter(v -> ids.contains(v.asJsonObject().getString("interactionId"))).count();
        assertEquals(1, recorded);
    }

    @Test
    void badInteractionsAreRefusedWithTheReason() {
        String conversation = hugoAndHisConversation()[1];
        String path = "/api/conversations/" + conversation + "/interactions";
        assertTrue(error(agent.post(path, "{\"channel\":\"PIGEON\",\"direction\":\"INBOUND\",\"kind\":\"CALL\"}"), 400)
                .startsWith("unknown channel 'PIGEON'"));
        assertTrue(error(agent.post(path, "{\"channel\":\"PHONE\",\"kind\":\"CALL\"}"), 400)
                .startsWith("'direction' is required"));
        assertEquals("'occurredAt' is not an ISO-8601 instant such as 2026-11-02T08:00:00Z: hier", error(agent.post(path,
                "{\"channel\":\"PHONE\",\"direction\":\"INBOUND\",\"kind\":\"CALL\",\"occurredAt\":\"hier\"}"), 400));
        String huge = "x".repeat(1_000_001);
        assertEquals("the text has more than 1000000 characters", error(agent.post(path,
                "{\"channel\":\"PHONE\",\"direction\":\"INBOUND\",\"kind\":\"CALL\",\"text\":\"" + huge + "\"}"), 400));
        assertEquals("not a conversation id: nope", error(agent.post("/api/conversations/nope/interactions", call("x", "y")), 400));
        String unknown = UUID.randomUUID().toString();
        assertEquals("no conversation " + unknown,
                error(agent.post("/api/conversations/" + unknown + "/interactions", call("x-" + unknown, "y")), 404));
    }

    private static String error(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return ((JsonObject) json(response)).getString("error");
    }

    private JsonObject newCustomerWithTwoMessages() {
        String phone = RelaisClient.newMobileNumber();
        JsonObject landed = null;
        for (String text : new String[]{"Ma box ne s'allume plus", "Et je voudrais résilier l'option TV"}) {
            HttpResponse<String> response = agent.post("/api/contacts", "{\"channel\":\"SMS\",\"senderKind\":\"PHONE\","
                    + "\"sender\":\"" + phone + "\",\"providerMessageId\":\"" + UUID.randomUUID() + "\",\"text\":\""
                    + text + "\"}");
            assertEquals(201, response.statusCode(), response.body());
            landed = (JsonObject) json(response);
        }
        return landed;
    }

    private List<JsonObject> timeline(String customer) {
        return ((JsonObject) json(agent.get("/api/customers/" + customer + "/timeline"))).getJsonArray("entries")
                .getValuesAs(JsonObject.class);
    }

    @Test
    void aReplyItsChannelCannotCarryIsRefusedByTheApiWithTheComposersFindingsAndNothingIsRecorded() {
        JsonObject landed = newCustomerWithTwoMessages();
        String tooLong = "Bonjour, " + "nous regardons votre demande avec la plus grande attention. ".repeat(6);
        HttpResponse<String> refused = agent.post("/api/conversations/" + landed.getString("conversationId")
                + "/replies", Json.createObjectBuilder().add("channel", "X").add("text", tooLong).build().toString());

        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject body = (JsonObject) json(refused);
        List<JsonObject> findings = body.getJsonArray("findings").getValuesAs(JsonObject.class);
        JsonObject tooLongForX = findings.stream().filter(f -> f.getString("code").equals("POST_TOO_LONG")).findFirst()
                .orElseThrow(() -> new AssertionError("the public reply's length refuses it: " + refused.body()));
        assertEquals("REFUSED", tooLongForX.getString("severity"));
        assertTrue(tooLongForX.getString("message").endsWith("where 280 at most are allowed."), tooLongForX.toString());
        assertTrue(body.getString("error").contains(tooLongForX.getString("message")), body.toString());
        assertTrue(timeline(landed.getString("customerId")).stream()
                .noneMatch(entry -> entry.getString("direction").equals("OUTBOUND")), "nothing recorded");

        HttpResponse<String> empty = agent.post("/api/conversations/" + landed.getString("conversationId") + "/replies",
                "{\"channel\":\"SMS\",\"text\":\"  \"}");
        assertEquals("the reply has no text", error(empty, 400));
    }

    @Test
    void aReplyOnAnotherChannelThanTheCustomersOpensWithTheHandOffLineInHisLanguage() {
        JsonObject landed = newCustomerWithTwoMessages();
        HttpResponse<String> reply = agent.post("/api/conversations/" + landed.getString("conversationId") + "/replies",
                "{\"channel\":\"LETTER\",\"text\":\"Nous vous adressons le formulaire de résiliation.\"}");
        assertEquals(201, reply.statusCode(), reply.body());
        JsonObject sent = timeline(landed.getString("customerId")).stream()
                .filter(entry -> entry.getString("direction").equals("OUTBOUND")).findFirst().orElseThrow();
        assertEquals("Suite à votre message par SMS, nous vous répondons par courrier. "
                + "Nous vous adressons le formulaire de résiliation.", sent.getString("text"));
    }

    private JsonObject summary(String customer) {
        return (JsonObject) json(agent.get("/api/customers/" + customer));
    }

    @Test
    void aSecondRequestIsSplitOffAndMergedBack() {
        JsonObject last = newCustomerWithTwoMessages();
        String customer = last.getString("customerId");
        String conversation = last.getString("conversationId");

        HttpResponse<String> split = agent.post("/api/conversations/" + conversation + "/splits",
                "{\"interactionIds\":[\"" + last.getString("interactionId") + "\"],\"subject\":\"Résiliation option TV\"}");
        assertEquals(201, split.statusCode(), split.body());
        String second = ((JsonObject) json(split)).getString("conversationId");
        assertEquals(2, summary(customer).getJsonArray("openConversations").size());

        assertEquals(204, agent.post("/api/conversations/" + conversation + "/merges",
                "{\"sourceConversationId\":\"" + second + "\"}").statusCode());
        JsonArray open = summary(customer).getJsonArray("openConversations");
        assertEquals(1, open.size());
        assertEquals(conversation, open.getJsonObject(0).getString("conversationId"));
        JsonArray entries = ((JsonObject) json(agent.get("/api/customers/" + customer + "/timeline"))).getJsonArray("entries");
        assertTrue(entries.getValuesAs(JsonObject.class).stream().allMatch(e -> e.getString("conversationId").equals(conversation)));

        HttpResponse<String> foreign = agent.post("/api/conversations/" + hugoAndHisConversation()[1] + "/moves",
                "{\"interactionIds\":[\"" + last.getString("interactionId") + "\"]}");
        assertEquals(400, foreign.statusCode(), foreign.body());
        assertTrue(foreign.body().contains("only between conversations of its customer"), foreign.body());
    }

    @Test
    void aPromiseStaysInTheSummaryUntilKeptOrBroken() {
        JsonObject last = newCustomerWithTwoMessages();
        String customer = last.getString("customerId");
        HttpResponse<String> promised = agent.post("/api/conversations/" + last.getString("conversationId") + "/interactions",
                "{\"channel\":\"PHONE\",\"direction\":\"INTERNAL\",\"kind\":\"PROMISE\","
                        + "\"text\":\"Rappel demain 10 h avec le technicien\",\"promiseDueAt\":\"2026-12-01T09:00:00Z\"}");
        assertEquals(201, promised.statusCode(), promised.body());
        String promise = ((JsonObject) json(promised)).getString("interactionId");
        JsonObject open = summary(customer).getJsonArray("openPromises").getJsonObject(0);
        assertEquals("Rappel demain 10 h avec le technicien", open.getString("promised"));
        assertEquals(AGENT, open.getString("promisedBy"));

        assertEquals(204, agent.put("/api/conversations/promises/" + promise, "{\"state\":\"KEPT\"}").statusCode());
        assertTrue(summary(customer).getJsonArray("openPromises").isEmpty());
        HttpResponse<String> again = agent.put("/api/conversations/promises/" + promise, "{\"state\":\"BROKEN\"}");
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("already settled as KEPT"), again.body());

        HttpResponse<String> noDue = agent.post("/api/conversations/" + last.getString("conversationId") + "/interactions",
                "{\"channel\":\"PHONE\",\"direction\":\"INTERNAL\",\"kind\":\"PROMISE\",\"text\":\"Rappel\"}");
        assertEquals(400, noDue.statusCode());
    }

    @Test
    void eachKindCarriesItsDetailsAndHtmlIsSanitised() {
        JsonObject last = newCustomerWithTwoMessages();
        String conversation = last.getString("conversationId");
        assertEquals(201, agent.post("/api/conversations/" + conversation + "/interactions",
                "{\"channel\":\"EMAIL\",\"direction\":\"INBOUND\",\"kind\":\"MESSAGE\","
                        + "\"html\":\"<p onclick=\\\"x()\\\">Bonjour <b>service</b></p><script>alert(1)</script>\","
                        + "\"attachments\":[{\"fileName\":\"facture.pdf\",\"mediaType\":\"application/pdf\",\"sizeBytes\":48213}]}")
                .statusCode());
        assertEquals(201, agent.post("/api/conversations/" + conversation + "/interactions",
                "{\"channel\":\"PHONE\",\"direction\":\"OUTBOUND\",\"kind\":\"CALL\",\"text\":\"Rappel\","
                        + "\"callDurationSeconds\":312,\"callOutcome\":\"ANSWERED\"}").statusCode());
        HttpResponse<String> badFaq = agent.post("/api/conversations/" + conversation + "/interactions",
                "{\"channel\":\"FAQ\",\"direction\":\"INBOUND\",\"kind\":\"FAQ_VIEW\",\"pageUrl\":\"javascript:alert(1)\"}");
        assertEquals(400, badFaq.statusCode());

        JsonArray entries = ((JsonObject) json(agent.get("/api/customers/" + last.getString("customerId")
                + "/timeline?kind=MESSAGE&kind=CALL&channel=EMAIL&channel=PHONE"))).getJsonArray("entries");
        JsonObject call = entries.getJsonObject(0);
        assertEquals(312, call.getInt("callDurationSeconds"));
        assertEquals("ANSWERED", call.getString("callOutcome"));
        JsonObject email = entries.getJsonObject(1);
        assertEquals("<p>Bonjour <b>service</b></p>", email.getString("html"));
        assertEquals("Bonjour service", email.getString("text"), "the text is read from the HTML");
        assertEquals("facture.pdf", email.getJsonArray("attachments").getJsonObject(0).getString("fileName"));
    }
}
