package io.relais.it.api;

import io.relais.it.support.RelaisClient;
import io.relais.it.support.WebhookSender;
import io.relais.shared.Channel;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.relais.it.support.Eventually.eventually;
import static io.relais.it.support.RelaisClient.ADMIN;
import static io.relais.it.support.RelaisClient.ADMIN_PASSWORD;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.SUPERVISOR;
import static io.relais.it.support.RelaisClient.SUPERVISOR_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Queues, presence and capacity over the API with real messages: concurrent takes never put an
 * agent over his capacity, two agents racing for one conversation get it once, going offline gives
 * conversations back, the dispatcher serves the most urgent first to an agent with the skill, a
 * place freed goes to the next conversation still waiting, and a returning customer goes back to the
 * agent who owns his conversation.
 */
class RoutingIT {

    private final WebhookSender webhook = new WebhookSender();
    private final RelaisClient admin = RelaisClient.basic(ADMIN, ADMIN_PASSWORD);
    private final RelaisClient supervisor = RelaisClient.basic(SUPERVISOR, SUPERVISOR_PASSWORD);
    private final RelaisClient julien = RelaisClient.basic("julien", AGENT_PASSWORD);
    private final RelaisClient sofia = RelaisClient.basic("sofia", AGENT_PASSWORD);
    private final RelaisClient camille = RelaisClient.basic("camille", AGENT_PASSWORD);
    private final List<String> conversations = new ArrayList<>();

    @AfterEach
    void everyoneOfflineAndConversationsResolved() {
        for (RelaisClient agent : List.of(julien, sofia, camille)) {
            agent.put("/api/routing/agents/me/presence", "{\"presence\":\"OFFLINE\"}");
        }
        for (String name : List.of("julien", "sofia", "camille")) {
            supervisor.put("/api/routing/agents/" + name, "{\"languages\":[\"fr\"]}");
        }
        conversations.forEach(id -> supervisor.put("/api/conversations/" + id + "/status", "{\"status\":\"RESOLVED\"}"));
    }

    private final Map<String, String> phones = new HashMap<>();

    private String newConversation(String channel, String text) {
        String phone = RelaisClient.newMobileNumber();
        customerWrites(channel, phone, text);
        JsonArray entries = eventually(() -> supervisor.timelineOf(phone).filter(e -> !e.isEmpty()));
        String id = entries.getJsonObject(0).getString("conversationId");
        eventually(() -> routing(id).filter(r -> "WAITING".equals(r.getString("state"))));
        conversations.add(id);
        phones.put(id, phone);
        return id;
    }

    private void customerWrites(String channel, String phone, String text) {
        String body = Json.createObjectBuilder().add("channel", channel).add("senderKind", "PHONE").add("sender", phone)
                .add("messageId", UUID.randomUUID().toString()).add("text", text).build().toString();
        HttpResponse<String> accepted = webhook.post(body);
        assertEquals(202, accepted.statusCode(), accepted.body());
    }

    private Optional<JsonObject> routing(String conversationId) {
        HttpResponse<String> response = supervisor.get("/api/routing/conversations/" + conversationId);
        return response.statusCode() == 200 ? Optional.of((JsonObject) json(response)) : Optional.empty();
    }

    /**
     * Resolves whatever already waits on the channel (the demo's conversations, other tests'
     * contacts): they wait in « Général », needing no skill, so an agent made available for this
     * test would take the most urgent of them before the test's own.
     */
    private void nothingElseWaitsOn(String channel) {
        JsonArray waiting = (JsonArray) json(supervisor.get("/api/routing/conversations?state=WAITING&limit=500"));
        waiting.getValuesAs(JsonObject.class).stream().filter(r -> channel.equals(r.getString("channel")))
                .forEach(r -> assertEquals(204, supervisor.put("/api/conversations/" + r.getString("conversationId")
                        + "/status", "{\"status\":\"RESOLVED\"}").statusCode()));
    }

    private void profile(String username, String json) {
        HttpResponse<String> set = supervisor.put("/api/routing/agents/" + username, json);
        assertEquals(200, set.statusCode(), set.body());
    }

    /** A queue for the channel needing a skill of its own, which every new conversation there then needs. */
    private String queueWithNewSkill(String channel) {
        String skill = channel.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> queue = admin.post("/api/routing/queues", "{\"name\":\"" + channel + " " + skill
                + "\",\"channel\":\"" + channel + "\",\"skill\":\"" + skill + "\"}");
        assertEquals(201, queue.statusCode(), queue.body());
        return skill;
    }

    /** A French-speaking agent's profile with the skill, taking {@code atOnce} of the channel and nothing else. */
    private static String onlyOn(String channel, int atOnce, String skill) {
        String capacity = Stream.of(Channel.values()).map(Channel::name)
                .map(c -> "\"" + c + "\":" + (c.equals(channel) ? atOnce : 0)).collect(Collectors.joining(","));
        return "{\"languages\":[\"fr\"],\"skills\":[\"" + skill + "\"],\"capacity\":{" + capacity + "}}";
    }

    private static void presence(RelaisClient agent, String presence) {
        HttpResponse<String> set = agent.put("/api/routing/agents/me/presence", "{\"presence\":\"" + presence + "\"}");
        assertEquals(200, set.statusCode(), set.body());
    }

    @Test
    void concurrent_takes_never_exceed_an_agents_capacity() throws Exception {
        profile("julien", "{\"languages\":[\"fr\"],\"capacity\":{\"SMS\":2}}");
        presence(julien, "BUSY");
        List<String> waiting = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            waiting.add(newConversation("SMS", "Demande " + i));
        }

        List<HttpResponse<String>> answers = all(waiting.stream()
                .map(id -> (Callable<HttpResponse<String>>) () ->
                        julien.post("/api/routing/conversations/" + id + "/take", ""))
                .toList());
        assertEquals(2, answers.stream().filter(r -> r.statusCode() == 200).count(), bodies(answers));
        List<HttpResponse<String>> refused = answers.stream().filter(r -> r.statusCode() == 409).toList();
        assertEquals(4, refused.size(), bodies(answers));
        assertTrue(refused.get(0).body().contains("has no room for one more sms conversation"), refused.get(0).body());
        JsonObject me = (JsonObject) json(julien.get("/api/routing/agents/me"));
        assertEquals(2, me.getInt("assigned"));
        assertEquals(100, me.getInt("loadPercent"));

        String contested = waiting.stream().filter(id -> "WAITING".equals(routing(id).orElseThrow().getString("state")))
                .findFirst().orElseThrow();
        List<HttpResponse<String>> race = all(List.of(
                () -> sofia.post("/api/routing/conversations/" + contested + "/take", ""),
                () -> camille.post("/api/routing/conversations/" + contested + "/take", "")));
        assertEquals(1, race.stream().filter(r -> r.statusCode() == 200).count(), bodies(race));
        HttpResponse<String> loser = race.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertTrue(loser.body().contains("was taken by"), loser.body());

        presence(julien, "OFFLINE");
        List<JsonObject> given = waiting.stream().map(id -> routing(id).orElseThrow())
                .filter(r -> "julien".equals(r.getString("owner", null))).toList();
        assertEquals(2, given.size());
        assertTrue(given.stream().allMatch(r -> "WAITING".equals(r.getString("state"))),
                "going offline gives conversations back to the queue: " + given);
        assertEquals(0, agent("julien").getInt("loadPercent"));
    }

    @Test
    void the_most_urgent_goes_first_to_an_agent_with_the_skill_and_a_returning_customer_to_his_owner() {
        nothingElseWaitsOn("X");
        String skill = queueWithNewSkill("X");
        String onlyX = onlyOn("X", 2, skill);
        profile("julien", onlyX);
        profile("sofia", onlyX);
        String oldest = newConversation("X", "Premier tweet");
        String middle = newConversation("X", "Deuxième tweet");
        String newest = newConversation("X", "Troisième tweet");
        assertEquals("X " + skill, routing(oldest).orElseThrow().getString("queue"));

        presence(julien, "AVAILABLE");
        eventually(() -> Optional.of(mine(julien)).filter(mine -> mine.size() == 2));
        assertEquals(List.of(oldest, middle), mine(julien), "the nearest deadlines first");
        assertEquals("WAITING", routing(newest).orElseThrow().getString("state"), "julien is full");
        presence(sofia, "AVAILABLE");
        eventually(() -> Optional.of(mine(sofia)).filter(mine -> mine.equals(List.of(newest))));

        HttpResponse<String> reply = julien.post("/api/conversations/" + oldest + "/replies",
                "{\"channel\":\"X\",\"text\":\"Nous regardons.\"}");
        assertTrue(reply.statusCode() == 201 || reply.statusCode() == 202, reply.body());
        assertEquals("PARKED", routing(oldest).orElseThrow().getString("state"), "waiting for the customer");
        assertEquals(List.of(middle), mine(julien));

        customerWrites("X", phones.get(oldest), "Toujours rien");
        JsonObject back = eventually(() -> routing(oldest).filter(r -> "ASSIGNED".equals(r.getString("state"))));
        assertEquals("julien", back.getString("agent"), "back to the agent who owns it, though sofia is as loaded");

        HttpResponse<String> reassigned = supervisor.post("/api/routing/conversations/" + oldest + "/transfer",
                "{\"to\":\"sofia\"}");
        assertEquals(200, reassigned.statusCode(), reassigned.body());
        assertEquals("sofia", ((JsonObject) json(reassigned)).getString("agent"));
        HttpResponse<String> full = supervisor.post("/api/routing/conversations/" + middle + "/transfer",
                "{\"to\":\"sofia\"}");
        assertEquals(409, full.statusCode(), "sofia holds two X conversations already: " + full.body());
        assertEquals(403, sofia.post("/api/routing/conversations/" + middle + "/transfer", "{\"to\":\"sofia\"}")
                .statusCode(), "an agent passes on only his own conversations");
    }

    @Test
    void a_freed_place_goes_to_the_next_conversation_still_waiting_when_the_one_before_was_taken_by_hand() {
        nothingElseWaitsOn("LETTER");
        profile("julien", onlyOn("LETTER", 1, queueWithNewSkill("LETTER")));
        String first = newConversation("LETTER", "Première lettre");
        String second = newConversation("LETTER", "Deuxième lettre");
        String third = newConversation("LETTER", "Troisième lettre");

        presence(julien, "AVAILABLE");
        eventually(() -> Optional.of(mine(julien)).filter(mine -> mine.equals(List.of(first))));
        // The dispatcher keeps the head of the letters' line (second, third) for julien's next free place.
        HttpResponse<String> taken = camille.post("/api/routing/conversations/" + second + "/take", "");
        assertEquals(200, taken.statusCode(), taken.body());
        HttpResponse<String> reply = julien.post("/api/conversations/" + first + "/replies",
                "{\"channel\":\"SMS\",\"text\":\"Nous regardons votre courrier.\"}");
        assertTrue(reply.statusCode() == 201 || reply.statusCode() == 202, reply.body());

        eventually(() -> Optional.of(mine(julien)).filter(mine -> mine.equals(List.of(third))));
        assertEquals("camille", routing(second).orElseThrow().getString("agent"), "taken by hand, left with her");
        JsonObject julienNow = agent("julien");
        assertEquals(100, julienNow.getInt("loadPercent"), "one letter of one");
        assertEquals(1, julienNow.getInt("assigned"), "his load and his conversations agree");
    }

    @Test
    void a_customer_who_calls_while_his_request_waits_escalates_it() {
        String tweeted = newConversation("X", "Ma box est en panne depuis hier");
        int priority = routing(tweeted).orElseThrow().getInt("priority");
        customerWrites("PHONE", phones.get(tweeted), "Appel : toujours pas de réponse à mon tweet");
        JsonObject flagged = eventually(() -> routing(tweeted).filter(r -> r.containsKey("escalatedVia")));
        assertEquals("PHONE", flagged.getString("escalatedVia"));
        assertTrue(flagged.getInt("priority") > priority, flagged.toString());
    }

    @Test
    void an_admin_runs_assignment_now_after_changes_made_outside_relais() {
        assertEquals(202, admin.post("/api/routing/dispatch", "").statusCode(), "every agent read again");
        String julienId = agent("julien").getString("staffId");
        assertEquals(202, admin.post("/api/routing/dispatch?agent=" + julienId, "").statusCode(), "julien only");
        HttpResponse<String> malformed = admin.post("/api/routing/dispatch?agent=julien", "");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals("not a staff id: julien", ((JsonObject) json(malformed)).getString("error"));
        assertEquals(403, supervisor.post("/api/routing/dispatch", "").statusCode(), "an admin's tool");
    }

    @Test
    void a_call_that_opened_a_new_conversation_joins_the_unanswered_one() {
        String first = newConversation("X", "Premier message sans réponse");
        String phone = phones.get(first);
        customerWrites("X", phone, "Un autre sujet : ma facture");
        JsonArray both = eventually(() -> supervisor.timelineOf(phone).filter(e -> e.size() == 2));
        String other = both.getValuesAs(JsonObject.class).stream().filter(e -> e.getString("text").contains("facture"))
                .findFirst().orElseThrow().getString("interactionId");
        HttpResponse<String> split = supervisor.post("/api/conversations/" + first + "/splits",
                "{\"interactionIds\":[\"" + other + "\"],\"subject\":\"Facture\"}");
        assertEquals(201, split.statusCode(), split.body());
        conversations.add(((JsonObject) json(split)).getString("conversationId"));

        customerWrites("PHONE", phone, "Appel : personne ne me répond");
        JsonObject call = eventually(() -> supervisor.timelineOf(phone).filter(e -> e.size() == 3)
                .flatMap(e -> e.getValuesAs(JsonObject.class).stream()
                        .filter(x -> "PHONE".equals(x.getString("channel"))).findFirst()));
        assertEquals(first, call.getString("conversationId"), "the call joins the request that waits for an answer");
        JsonObject flagged = eventually(() -> routing(first).filter(r -> r.containsKey("escalatedVia")));
        assertEquals("PHONE", flagged.getString("escalatedVia"));
    }

    private List<String> mine(RelaisClient agent) {
        return ((JsonArray) json(agent.get("/api/routing/conversations/mine"))).getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("conversationId")).toList();
    }

    private JsonObject agent(String username) {
        return ((JsonArray) json(supervisor.get("/api/routing/agents"))).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals(username)).findFirst().orElseThrow();
    }

    private static List<HttpResponse<String>> all(List<Callable<HttpResponse<String>>> calls)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String bodies(List<HttpResponse<String>> answers) {
        return answers.stream().map(r -> r.statusCode() + " " + r.body()).toList().toString();
    }
}
