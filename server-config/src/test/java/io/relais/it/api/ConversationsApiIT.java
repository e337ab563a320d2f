package io.relais.it.api;

import io.relais.it.support.RelaisClient;
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
        assertEquals("'occurredAt' is not an ISO-8601 instant such as 2026-11-02T08:00:00Z", error(agent.post(path,
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
}
