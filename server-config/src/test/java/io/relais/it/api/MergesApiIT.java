package io.relais.it.api;

import io.relais.it.support.RelaisClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.SUPERVISOR;
import static io.relais.it.support.RelaisClient.SUPERVISOR_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Merge suggestions, and a merge undone exactly even after new messages arrived. */
class MergesApiIT {

    private final RelaisClient agent = RelaisClient.basic(AGENT, AGENT_PASSWORD);
    private final RelaisClient supervisor = RelaisClient.basic(SUPERVISOR, SUPERVISOR_PASSWORD);

    static String contact(String channel, String senderKind, String sender, String name, String text) {
        return "{\"channel\":\"" + channel + "\",\"senderKind\":\"" + senderKind + "\",\"sender\":\"" + sender
                + "\",\"senderName\":\"" + name + "\",\"providerMessageId\":\"" + UUID.randomUUID()
                + "\",\"text\":\"" + text + "\"}";
    }

    private JsonObject receive(String body) {
        HttpResponse<String> landed = agent.post("/api/contacts", body);
        assertEquals(201, landed.statusCode(), landed.body());
        return (JsonObject) json(landed);
    }

    private Set<String> identities(String customerId) {
        return ((JsonObject) json(agent.get("/api/customers/" + customerId))).getJsonArray("identities")
                .getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("kind") + ":" + i.getString("value"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Each interaction of the timeline with the conversation it is in. */
    private Set<String> timeline(String customerId) {
        JsonArray entries = ((JsonObject) json(agent.get("/api/customers/" + customerId + "/timeline?limit=200")))
                .getJsonArray("entries");
        return entries.getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("interactionId") + "@" + e.getString("conversationId"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aMergeIsUndoneExactlyAndNewMessagesFollowTheirIdentity() {
        String phone = RelaisClient.newMobileNumber();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String a = receive(contact("SMS", "PHONE", phone, "Paul Martin", "Bonjour, ma commande ?")).getString("customerId");
        String b = receive(contact("WHATSAPP", "WHATSAPP", phone, "Paul M.", "Bonjour, ma commande est en retard"))
                .getString("customerId");
        assertEquals(201, agent.post("/api/customers/" + b + "/identities",
                "{\"kind\":\"EMAIL\",\"value\":\"Paul." + unique + "@Exemple.fr\"}").statusCode());
        Set<String> identitiesOfB = identities(b);
        Set<String> timelineOfB = timeline(b);
        Set<String> timelineOfA = timeline(a);

        JsonArray suggested = (JsonArray) json(agent.get("/api/customers/" + a + "/merge-suggestions"));
        JsonObject suggestion = suggested.getValuesAs(JsonObject.class).stream()
                .filter(s -> Set.of(s.getString("customerId"), s.getString("otherCustomerId")).contains(b))
                .findFirst().orElseThrow(() -> new AssertionError("no suggestion for " + a + " and " + b + ": " + suggested));
        assertEquals(0.9, suggestion.getJsonNumber("confidence").doubleValue(), 1e-9);
        assertEquals("SAME_PHONE", suggestion.getJsonArray("evidence").getJsonObject(0).getString("reason"));

        assertEquals(403, agent.post("/api/customers/" + a + "/merges",
                "{\"absorbedCustomerId\":\"" + b + "\",\"reason\":\"même téléphone\"}").statusCode(),
                "merging is for supervisors");
        HttpResponse<String> merged = supervisor.post("/api/customers/" + a + "/merges",
                "{\"absorbedCustomerId\":\"" + b + "\",\"reason\":\"Même numéro, confirmé au téléphone\"}");
        assertEquals(201, merged.statusCode(), merged.body());
        String mergeId = ((JsonObject) json(merged)).getString("mergeId");
        assertTrue(identities(a).containsAll(identitiesOfB));
        assertTrue(timeline(a).containsAll(timelineOfB));
        assertEquals(a, ((JsonObject) json(agent.get("/api/customers/" + b))).getString("mergedInto"));

        // Since the merge: one message through an identity that goes back to B, one through A's own.
        String throughB = receive(contact("WHATSAPP", "WHATSAPP", phone, "Paul M.", "Alors, ce colis ?"))
                .getString("interactionId");
        JsonObject throughA = receive(contact("SMS", "PHONE", phone, "Paul Martin", "Je rappelle demain"));
        assertEquals(a, throughA.getString("customerId"));

        HttpResponse<String> undone = supervisor.post("/api/merges/" + mergeId + "/unmerge",
                "{\"reason\":\"Deux personnes : le père et le fils\"}");
        assertEquals(200, undone.statusCode(), undone.body());
        assertEquals(SUPERVISOR, ((JsonObject) json(undone)).getString("unmergedBy"));

        assertEquals(identitiesOfB, identities(b), "B gets his identities back");
        Set<String> afterB = timeline(b);
        assertTrue(afterB.containsAll(timelineOfB), "each of B's interactions is back in its own conversation");
        assertTrue(afterB.stream().anyMatch(e -> e.startsWith(throughB)), "what came through B's identity goes to B");
        assertEquals(timelineOfB.size() + 1, afterB.size());
        Set<String> afterA = timeline(a);
        assertTrue(afterA.containsAll(timelineOfA));
        assertTrue(afterA.stream().anyMatch(e -> e.startsWith(throughA.getString("interactionId"))));
        assertEquals(timelineOfA.size() + 1, afterA.size());
        JsonValue mergedInto = ((JsonObject) json(agent.get("/api/customers/" + b))).get("mergedInto");
        assertTrue(mergedInto == null || mergedInto == JsonValue.NULL, "B stands on his own again: " + mergedInto);

        JsonArray history = ((JsonObject) json(agent.get("/api/customers/" + a))).getJsonArray("merges");
        assertEquals("Deux personnes : le père et le fils", history.getJsonObject(0).getString("unmergeReason"));
        assertEquals(409, supervisor.post("/api/merges/" + mergeId + "/unmerge", "{\"reason\":\"encore\"}").statusCode(),
                "a merge is undone once");
    }

    @Test
    void aCustomerCannotBeMergedIntoHimselfNorWithoutAReason() {
        String a = receive(contact("SMS", "PHONE", RelaisClient.newMobileNumber(), "Jeanne Petit", "Bonjour")).getString("customerId");
        String b = receive(contact("SMS", "PHONE", RelaisClient.newMobileNumber(), "Jeanne Petit", "Bonjour")).getString("customerId");
        HttpResponse<String> himself = supervisor.post("/api/customers/" + a + "/merges",
                "{\"absorbedCustomerId\":\"" + a + "\",\"reason\":\"test\"}");
        assertEquals(409, himself.statusCode());
        assertTrue(himself.body().contains("cannot be merged into himself"), himself.body());
        HttpResponse<String> noReason = supervisor.post("/api/customers/" + a + "/merges",
                "{\"absorbedCustomerId\":\"" + b + "\"}");
        assertEquals(409, noReason.statusCode());
        assertTrue(noReason.body().contains("say why"), noReason.body());
    }

    @Test
    void aDismissedPairIsNotSuggestedAgain() {
        String a = receive(contact("SMS", "PHONE", RelaisClient.newMobileNumber(), "Lucie Bernard", "Bonjour")).getString("customerId");
        String b = receive(contact("SMS", "PHONE", RelaisClient.newMobileNumber(), "Lucie Bernard", "Bonjour")).getString("customerId");
        JsonArray before = (JsonArray) json(supervisor.get("/api/customers/" + a + "/merge-suggestions"));
        assertTrue(before.toString().contains(b), "same name: " + before);
        assertEquals(204, supervisor.post("/api/customers/" + a + "/merge-dismissals",
                "{\"otherCustomerId\":\"" + b + "\"}").statusCode());
        assertFalse(supervisor.get("/api/customers/" + a + "/merge-suggestions").body().contains(b));
    }

    @Test
    void aCustomerNumberQuotedBySomeoneElseIsEvidence() {
        JsonArray hugo = (JsonArray) json(agent.get("/api/customers?q=C-100004"));
        String hugoId = hugo.getJsonObject(0).getString("customerId");
        String visitor = receive(contact("CHAT", "WEBCHAT_VISITOR", "visiteur-" + UUID.randomUUID(), "Visiteur",
                "Bonjour, mon numéro client est c-100004")).getString("customerId");
        JsonArray suggested = (JsonArray) json(supervisor.get("/api/customers/" + visitor + "/merge-suggestions"));
        assertTrue(suggested.toString().contains(hugoId) && suggested.toString().contains("QUOTED_CUSTOMER_NUMBER"),
                suggested.toString());
        assertTrue(supervisor.get("/api/customers/merge-suggestions?limit=200").body().contains(visitor));
    }

    @Test
    void anUnreadablePhoneNumberIsKeptFlaggedAndTheMessageRecorded() {
        JsonObject landed = receive(contact("SMS", "PHONE", "06 12", "Inconnu", "Rappelez-moi"));
        JsonObject identity = ((JsonObject) json(agent.get("/api/customers/" + landed.getString("customerId"))))
                .getJsonArray("identities").getJsonObject(0);
        assertEquals("06 12", identity.getString("value"));
        assertFalse(identity.getBoolean("valid"));
    }
}
