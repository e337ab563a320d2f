package io.relais.it.api;

import io.relais.it.support.RelaisClient;
import io.relais.it.support.TestDatabase;
import io.relais.it.support.WebhookSender;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static io.relais.it.support.RelaisClient.ADMIN;
import static io.relais.it.support.RelaisClient.ADMIN_PASSWORD;
import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.Eventually.eventually;
import static io.relais.it.support.Eventually.pause;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inbound pipeline end to end: a signed webhook call is queued durably, the listener records
 * it through the timeline, a retry is recorded once; what cannot be recorded waits on the
 * dead-letter queue with its reason, for an administrator to replay or discard.
 */
class InboundPipelineIT {

    private final WebhookSender webhook = new WebhookSender();
    private final RelaisClient agent = RelaisClient.basic(AGENT, AGENT_PASSWORD);
    private final RelaisClient admin = RelaisClient.basic(ADMIN, ADMIN_PASSWORD);

    private static String message(String email, String messageId, String text) {
        return Json.createObjectBuilder()
                .add("channel", "EMAIL").add("senderKind", "EMAIL").add("sender", email)
                .add("senderName", "Inès Webhook").add("messageId", messageId)
                .add("subject", "Ma commande").add("text", text)
                .add("html", "<p>" + text + "<script>alert(1)</script></p>")
                .build().toString();
    }

    @Test
    void aSignedMessageIsRecordedOnceEvenWhenTheProviderSendsItAgain() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "ines." + unique + "@exemple.fr";
        String body = message(email, "<" + unique + "@mail.exemple.fr>", "Bonjour, où en est ma commande " + unique + " ?");

        HttpResponse<String> first = webhook.post(body);
        assertEquals(202, first.statusCode(), first.body());
        assertTrue(((JsonObject) json(first)).getString("pipelineId").matches("[0-9a-f-]{36}"), first.body());
        HttpResponse<String> again = webhook.post(body);
        assertEquals(202, again.statusCode(), again.body());

        JsonArray entries = eventually(() -> agent.timelineOf(email).filter(e -> e.size() >= 1));
        JsonObject entry = entries.getJsonObject(0);
        assertEquals("EMAIL", entry.getString("channel"));
        assertEquals("INBOUND", entry.getString("direction"));
        assertTrue(entry.getString("text").contains(unique), entry.toString());
        assertFalse(entry.getString("html").contains("script"), "the HTML is sanitised: " + entry.getString("html"));
        // Both calls were queued; give the second one time to be taken off the queue, then count.
        pause(Duration.ofSeconds(3));
        assertEquals(1, agent.timelineOf(email).orElseThrow().size(), "the copy is recognised by its message id");
    }

    @Test
    void callsThatCannotBeTrustedOrReadAreRefusedWithTheReason() {
        String body = message("x@exemple.fr", "<refused@exemple.fr>", "Bonjour");
        String now = Long.toString(Instant.now().getEpochSecond());

        assertEquals(401, webhook.post(body, null, null).statusCode());
        HttpResponse<String> forged = new WebhookSender("not-the-secret").post(body);
        assertEquals(401, forged.statusCode());
        assertTrue(error(forged).contains("signature"), forged.body());
        String old = Long.toString(Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond());
        HttpResponse<String> stale = webhook.post(body, old,
                "sha256=" + java.util.HexFormat.of().formatHex(webhook.sign(old, body)));
        assertEquals(401, stale.statusCode());
        assertTrue(error(stale).contains("5 minutes"), stale.body());
        assertEquals(401, webhook.post(body, now, "sha256=00").statusCode());

        HttpResponse<String> notJson = webhook.post("{\"channel\": ");
        assertEquals(400, notJson.statusCode());
        assertTrue(error(notJson).contains("JSON"), notJson.body());
        HttpResponse<String> fax = webhook.post(body.replace("\"EMAIL\",\"senderKind\"", "\"FAX\",\"senderKind\""));
        assertEquals(400, fax.statusCode());
        assertTrue(error(fax).contains("channel"), fax.body());
        HttpResponse<String> empty = webhook.post(Json.createObjectBuilder().add("channel", "SMS")
                .add("senderKind", "PHONE").add("sender", "+33612345678").build().toString());
        assertEquals(400, empty.statusCode());
        assertTrue(error(empty).contains("text"), empty.body());
    }

    @Test
    void aMessageTheTimelineRefusesWaitsWithItsReasonUntilDiscarded() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "trop.long." + unique + "@exemple.fr";
        HttpResponse<String> queued = webhook.post(Json.createObjectBuilder()
                .add("channel", "EMAIL").add("senderKind", "EMAIL").add("sender", email)
                .add("messageId", "<" + unique + "@long>").add("text", "a".repeat(1_000_001)).build().toString());
        assertEquals(202, queued.statusCode(), queued.body());
        String pipelineId = ((JsonObject) json(queued)).getString("pipelineId");

        JsonObject dead = eventually(() -> deadLetter(pipelineId));
        assertTrue(dead.getBoolean("refused"), dead.toString());
        assertTrue(dead.getString("reason").contains("1000000 characters"), dead.toString());
        assertEquals(email, dead.getString("sender"));
        assertEquals(403, agent.get("/api/admin/inbound/dead-letters").statusCode(), "administrators only");

        assertEquals(204, admin.delete("/api/admin/inbound/dead-letters/" + dead.getString("id")).statusCode());
        assertTrue(deadLetter(pipelineId).isEmpty());
        assertEquals(404, admin.delete("/api/admin/inbound/dead-letters/" + dead.getString("id")).statusCode());
        assertTrue(agent.timelineOf(email).isEmpty(), "nothing was recorded for the refused message");
    }

    @Test
    void aMessageThatKeepsFailingIsRecordedOnceWhenReplayedAfterTheCauseIsFixed() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "panne." + unique + "@exemple.fr";
        String marker = "PANNE" + unique;
        String constraint = "it_failing_" + unique.replace('-', '_');
        String pipelineId;
        JsonObject dead;
        // The database refuses this message's words, as a failing database would refuse any.
        try (Connection db = TestDatabase.relais(); Statement sql = db.createStatement()) {
            sql.execute("alter table tl_interaction add constraint " + constraint
                    + " check (body_text is null or body_text not like '%" + marker + "%')");
            try {
                HttpResponse<String> queued = webhook.post(message(email, "<" + unique + "@panne>", "Texte " + marker));
                assertEquals(202, queued.statusCode(), queued.body());
                pipelineId = ((JsonObject) json(queued)).getString("pipelineId");
                dead = eventually(() -> deadLetter(pipelineId));
            } finally {
                sql.execute("alter table tl_interaction drop constraint " + constraint);
            }
        }
        assertFalse(dead.getBoolean("refused"), dead.toString());
        assertEquals(5, dead.getInt("attempts"), "delivered five times before it was set aside: " + dead);
        assertTrue(dead.getString("reason").toLowerCase().contains(constraint), dead.toString());
        assertTrue(agent.timelineOf(email).isEmpty());

        assertEquals(202, admin.post("/api/admin/inbound/dead-letters/" + dead.getString("id") + "/replay", "").statusCode());
        JsonArray entries = eventually(() -> agent.timelineOf(email).filter(e -> e.size() >= 1));
        assertTrue(entries.getJsonObject(0).getString("text").contains(marker));
        assertTrue(deadLetter(pipelineId).isEmpty(), "no longer a dead letter");
        assertEquals(404, admin.post("/api/admin/inbound/dead-letters/" + dead.getString("id") + "/replay", "").statusCode());
        pause(Duration.ofSeconds(2));
        assertEquals(1, agent.timelineOf(email).orElseThrow().size());
    }

    @Test
    void messagesArrivingTogetherAreEachRecordedOnceAndOneRefusedAmongThemWaitsAlone() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        int count = 24;
        List<String> senders = IntStream.range(0, count)
                .mapToObj(i -> "ensemble." + i + "." + unique + "@exemple.fr").toList();
        String refused = senders.get(count / 2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService providers = Executors.newFixedThreadPool(count);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        try {
            for (String sender : senders) {
                calls.add(providers.submit(() -> {
                    go.await();
                    // One of them the timeline refuses: its text is too long.
                    return webhook.post(sender.equals(refused)
                            ? Json.createObjectBuilder().add("channel", "EMAIL").add("senderKind", "EMAIL")
                            .add("sender", sender).add("messageId", "<" + sender + "@ensemble>")
                            .add("text", "a".repeat(1_000_001)).build().toString()
                            : message(sender, "<" + sender + "@ensemble>", "Message de " + sender));
                }));
            }
            go.countDown();
            for (Future<HttpResponse<String>> call : calls) {
                HttpResponse<String> answer = call.get(60, TimeUnit.SECONDS);
                assertEquals(202, answer.statusCode(), answer.body());
            }
        } finally {
            providers.shutdownNow();
        }
        String refusedId = ((JsonObject) json(calls.get(count / 2).get())).getString("pipelineId");

        JsonObject dead = eventually(() -> deadLetter(refusedId));
        assertTrue(dead.getBoolean("refused"), dead.toString());
        assertTrue(dead.getString("reason").contains("1000000 characters"), dead.toString());
        assertEquals(refused, dead.getString("sender"));
        for (String sender : senders) {
            if (sender.equals(refused)) {
                continue;
            }
            JsonArray entries = eventually(() -> agent.timelineOf(sender).filter(e -> e.size() >= 1));
            assertTrue(entries.getJsonObject(0).getString("text").contains(sender), entries.toString());
        }
        pause(Duration.ofSeconds(2));
        for (String sender : senders) {
            if (!sender.equals(refused)) {
                assertEquals(1, agent.timelineOf(sender).orElseThrow().size(), "recorded once: " + sender);
            }
        }
        assertTrue(agent.timelineOf(refused).isEmpty(), "nothing was recorded for the refused message");
        assertEquals(204, admin.delete("/api/admin/inbound/dead-letters/" + dead.getString("id")).statusCode());
    }

    private Optional<JsonObject> deadLetter(String pipelineId) {
        HttpResponse<String> list = admin.get("/api/admin/inbound/dead-letters");
        assertEquals(200, list.statusCode(), list.body());
        List<JsonValue> letters = (JsonArray) json(list);
        return letters.stream().map(JsonObject.class::cast)
                .filter(letter -> pipelineId.equals(letter.getString("pipelineId", null)))
                .findFirst();
    }

    private static String error(HttpResponse<String> response) {
        return ((JsonObject) json(response)).getString("error");
    }
}
