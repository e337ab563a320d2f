package io.relais.it.api;

import io.relais.it.support.RelaisClient;
import io.relais.it.support.RelaisServer;
import io.relais.it.support.WebhookSender;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.relais.it.support.Eventually.eventually;
import static io.relais.it.support.Eventually.pause;
import static io.relais.it.support.RelaisClient.ADMIN;
import static io.relais.it.support.RelaisClient.ADMIN_PASSWORD;
import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.SUPERVISOR;
import static io.relais.it.support.RelaisClient.SUPERVISOR_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Service clocks driven by real messages: a customer's SMS through the signed webhook starts them,
 * the agent's reply stops the response clock and pauses the resolution clock, his next SMS resumes
 * it; a clock that falls due while the server is down fires once it is back.
 */
class ServiceClocksIT {

    private final WebhookSender webhook = new WebhookSender();
    private final RelaisClient agent = RelaisClient.basic(AGENT, AGENT_PASSWORD);
    private final RelaisClient admin = RelaisClient.basic(ADMIN, ADMIN_PASSWORD);
    private final RelaisClient supervisor = RelaisClient.basic(SUPERVISOR, SUPERVISOR_PASSWORD);
    private final List<String> commitmentsToRemove = new ArrayList<>();

    @AfterEach
    void removeCommitments() {
        commitmentsToRemove.forEach(id -> admin.delete("/api/commitments/" + id));
    }

    private void commitment(String json) {
        HttpResponse<String> created = admin.post("/api/commitments", json);
        assertEquals(201, created.statusCode(), created.body());
        commitmentsToRemove.add(((JsonObject) json(created)).getString("id"));
    }

    private void customerWrites(String channel, String phone, String text) {
        String body = Json.createObjectBuilder().add("channel", channel).add("senderKind", "PHONE").add("sender", phone)
                .add("messageId", UUID.randomUUID().toString()).add("text", text).build().toString();
        HttpResponse<String> accepted = webhook.post(body);
        assertEquals(202, accepted.statusCode(), accepted.body());
    }

    private String conversationOf(String phone) {
        JsonArray entries = eventually(() -> agent.timelineOf(phone).filter(e -> !e.isEmpty()));
        return entries.getJsonObject(0).getString("conversationId");
    }

    private List<JsonObject> clocks(String conversationId) {
        HttpResponse<String> response = agent.get("/api/conversations/" + conversationId + "/clocks");
        assertEquals(200, response.statusCode(), response.body());
        return ((JsonArray) json(response)).getValuesAs(JsonObject.class);
    }

    private static Optional<JsonObject> clock(List<JsonObject> clocks, String kind) {
        return clocks.stream().filter(c -> c.getString("kind").equals(kind)).findFirst();
    }

    private static Instant instant(JsonObject clock, String field) {
        return clock.containsKey(field) ? Instant.parse(clock.getString(field)) : null;
    }

    @Test
    void a_reply_stops_the_response_clock_and_pauses_resolution_until_the_customer_writes_again() {
        commitment("{\"name\":\"SMS horloges\",\"channel\":\"SMS\",\"firstResponse\":\"PT1H\","
                + "\"nextResponse\":\"PT30M\",\"resolution\":\"PT8H\",\"counting\":\"CALENDAR_HOURS\"}");
        String phone = RelaisClient.newMobileNumber();
        customerWrites("SMS", phone, "Bonjour, ma box ne marche plus");
        String conversation = conversationOf(phone);

        List<JsonObject> started = eventually(() -> Optional.of(clocks(conversation)).filter(c -> c.size() == 2));
        JsonObject first = clock(started, "FIRST_RESPONSE").orElseThrow();
        JsonObject resolution = clock(started, "RESOLUTION").orElseThrow();
        assertEquals(instant(first, "startedAt").plus(Duration.ofHours(1)), instant(first, "deadline"));
        assertEquals(instant(first, "startedAt").plus(Duration.ofMinutes(48)), instant(first, "warnAt"),
                "the warning comes at 80 % of the target");
        Instant resolutionDeadline = instant(resolution, "deadline");
        assertEquals(instant(resolution, "startedAt").plus(Duration.ofHours(8)), resolutionDeadline);

        HttpResponse<String> reply = agent.post("/api/conversations/" + conversation + "/replies",
                "{\"channel\":\"SMS\",\"text\":\"Nous regardons votre box.\"}");
        assertTrue(reply.statusCode() == 201 || reply.statusCode() == 202, reply.body());
        List<JsonObject> answered = clocks(conversation);
        JsonObject firstAnswered = clock(answered, "FIRST_RESPONSE").orElseThrow();
        assertNotNull(instant(firstAnswered, "stoppedAt"), firstAnswered.toString());
        assertFalse(firstAnswered.containsKey("breachedAt"));
        JsonObject paused = clock(answered, "RESOLUTION").orElseThrow();
        assertTrue(paused.getBoolean("paused"), paused.toString());
        assertFalse(paused.containsKey("deadline"), "a paused clock has no deadline: " + paused);

        Instant pausedAt = Instant.now();
        pause(Duration.ofSeconds(3));
        customerWrites("SMS", phone, "Toujours en panne");
        List<JsonObject> resumed = eventually(() -> Optional.of(clocks(conversation))
                .filter(c -> clock(c, "NEXT_RESPONSE").isPresent()));
        JsonObject next = clock(resumed, "NEXT_RESPONSE").orElseThrow();
        assertEquals(instant(next, "startedAt").plus(Duration.ofMinutes(30)), instant(next, "deadline"));
        JsonObject resolutionAgain = clock(resumed, "RESOLUTION").orElseThrow();
        assertFalse(resolutionAgain.getBoolean("paused"));
        Duration postponedBy = Duration.between(resolutionDeadline, instant(resolutionAgain, "deadline"));
        assertTrue(postponedBy.compareTo(Duration.ofSeconds(3)) >= 0
                        && postponedBy.compareTo(Duration.between(pausedAt, Instant.now()).plusSeconds(5)) <= 0,
                "the deadline moves by the time spent waiting for the customer: " + postponedBy);

        String commitmentId = commitmentsToRemove.get(0);
        HttpResponse<String> changed = admin.put("/api/commitments/" + commitmentId, "{\"name\":\"SMS horloges\","
                + "\"channel\":\"SMS\",\"firstResponse\":\"PT1H\",\"nextResponse\":\"PT2H\","
                + "\"resolution\":\"PT8H\",\"counting\":\"CALENDAR_HOURS\"}");
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject retargeted = eventually(() -> clock(clocks(conversation), "NEXT_RESPONSE")
                .filter(c -> instant(c, "deadline").equals(instant(c, "startedAt").plus(Duration.ofHours(2)))));
        assertEquals("PT2H", retargeted.getString("target"), "a changed commitment re-evaluates open clocks");
        JsonObject queued = eventually(() -> Optional.of((JsonObject) json(supervisor.get("/api/routing/conversations/"
                + conversation))).filter(r -> instant(retargeted, "deadline").equals(instant(r, "deadline"))));
        assertEquals(instant(retargeted, "warnAt"), instant(queued, "warnAt"),
                "the queue orders the conversation by its new deadline");

        Instant due = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> promised = agent.post("/api/conversations/" + conversation + "/interactions",
                "{\"channel\":\"PHONE\",\"direction\":\"INTERNAL\",\"kind\":\"PROMISE\","
                        + "\"text\":\"Rappel demain 10 h\",\"promiseDueAt\":\"" + due + "\"}");
        assertEquals(201, promised.statusCode(), promised.body());
        JsonObject promise = clock(clocks(conversation), "PROMISE").orElseThrow();
        assertEquals(due, instant(promise, "deadline"), "a promise is a clock due when promised");
        assertEquals(204, agent.put("/api/conversations/promises/"
                + ((JsonObject) json(promised)).getString("interactionId"), "{\"state\":\"KEPT\"}").statusCode());
        assertTrue(clock(clocks(conversation), "PROMISE").orElseThrow().containsKey("stoppedAt"),
                "a kept promise stops its clock");

        assertEquals(204, agent.put("/api/conversations/" + conversation + "/status",
                "{\"status\":\"RESOLVED\"}").statusCode());
        assertTrue(clocks(conversation).stream().allMatch(c -> c.containsKey("stoppedAt")),
                "a resolved conversation stops its clocks");
    }

    @Test
    void a_clock_that_falls_due_while_the_server_is_down_fires_after_the_restart() throws Exception {
        commitment("{\"name\":\"WhatsApp express\",\"channel\":\"WHATSAPP\",\"firstResponse\":\"PT40S\","
                + "\"warningPercent\":25,\"counting\":\"CALENDAR_HOURS\"}");
        String phone = RelaisClient.newMobileNumber();
        customerWrites("WHATSAPP", phone, "Bonjour, une question rapide");
        String conversation = conversationOf(phone);

        JsonObject warned = eventually(() -> clock(clocks(conversation), "FIRST_RESPONSE")
                .filter(c -> c.containsKey("warnedAt")));
        assertFalse(warned.containsKey("breachedAt"), "warned at 10 s, not yet breached: " + warned);
        Instant deadline = instant(warned, "deadline");

        RelaisServer.kill();
        Duration untilDue = Duration.between(Instant.now(), deadline.plusSeconds(2));
        if (!untilDue.isNegative()) {
            pause(untilDue);
        }
        Instant restarting = Instant.now();
        RelaisServer.startAndWaitUntilReady();

        JsonObject breached = eventually(() -> clock(clocks(conversation), "FIRST_RESPONSE")
                .filter(c -> c.containsKey("breachedAt")));
        assertTrue(instant(breached, "breachedAt").isAfter(restarting), "fired after the restart: " + breached);
        List<JsonObject> alerts = ((JsonArray) json(supervisor.get("/api/commitments/alerts?since="
                + instant(warned, "startedAt")))).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("conversationId").equals(conversation)).toList();
        assertEquals(List.of("BREACH", "WARNING"), alerts.stream().map(a -> a.getString("level")).toList(),
                "one warning, then one breach, each once: " + alerts);
        assertEquals(403, agent.get("/api/commitments/alerts").statusCode(), "alerts are for supervisors");
    }
}
