package io.relais.it.api;

import io.relais.it.support.RelaisClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.relais.it.support.Eventually.eventually;
import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.SUPERVISOR;
import static io.relais.it.support.RelaisClient.SUPERVISOR_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A customer's message comes in: who sent it, which conversation it continues, and the same
 * service clocks and queue as a message that came through a channel adapter.
 */
class ContactsApiIT {

    private final RelaisClient agent = RelaisClient.basic(AGENT, AGENT_PASSWORD);
    private final RelaisClient supervisor = RelaisClient.basic(SUPERVISOR, SUPERVISOR_PASSWORD);

    private static String contact(String channel, String senderKind, String sender, String thread, String providerId,
                                  String text) {
        return "{\"channel\":\"" + channel + "\",\"senderKind\":\"" + senderKind + "\",\"sender\":\"" + sender
                + "\",\"senderName\":\"Nouvelle Cliente\",\"threadKeys\":[\"" + thread + "\"],\"providerMessageId\":\""
                + providerId + "\",\"text\":\"" + text + "\"}";
    }

    @Test
    void aNewSenderBecomesACustomerAndHerThreadStaysOneConversation() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "Cliente." + unique + "@Exemple.fr";
        String thread = "email:<" + unique + "@mail.exemple.fr>";

        HttpResponse<String> first = agent.post("/api/contacts",
                contact("EMAIL", "EMAIL", email, thread, "mid-1-" + unique, "Bonjour, ma box ne s'allume plus."));
        assertEquals(201, first.statusCode(), first.body());
        JsonObject landed = (JsonObject) json(first);
        assertTrue(landed.getBoolean("newCustomer"));
        assertTrue(landed.getBoolean("newConversation"));

        HttpResponse<String> reply = agent.post("/api/contacts",
                contact("EMAIL", "EMAIL", email.toLowerCase(), thread, "mid-2-" + unique, "Toujours en panne."));
        assertEquals(201, reply.statusCode(), reply.body());
        JsonObject continued = (JsonObject) json(reply);
        assertEquals(landed.getString("customerId"), continued.getString("customerId"), "same sender, whatever the case");
        assertEquals(landed.getString("conversationId"), continued.getString("conversationId"), "same thread");
        assertFalse(continued.getBoolean("newConversation"));

        HttpResponse<String> again = agent.post("/api/contacts",
                contact("EMAIL", "EMAIL", email, thread, "mid-2-" + unique, "Toujours en panne."));
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(((JsonObject) json(again)).getBoolean("duplicate"));
        assertEquals(continued.getString("interactionId"), ((JsonObject) json(again)).getString("interactionId"));

        JsonArray found = (JsonArray) json(agent.get("/api/customers?q=cliente." + unique + "%40exemple.fr"));
        assertEquals(landed.getString("customerId"), found.getJsonObject(0).getString("customerId"));
    }

    @Test
    void aKnownCustomerWritingOnAnotherChannelContinuesHisOnlyOpenConversation() {
        JsonArray found = (JsonArray) json(agent.get("/api/customers?q=gabriel%20fournier"));
        String gabriel = found.getJsonObject(0).getString("customerId");
        JsonObject summary = (JsonObject) json(agent.get("/api/customers/" + gabriel));
        String onlyOpen = summary.getJsonArray("openConversations").getJsonObject(0).getString("conversationId");

        HttpResponse<String> sms = agent.post("/api/contacts", contact("SMS", "PHONE", "06.12.34.56.08",
                "sms:" + UUID.randomUUID(), "sms-" + UUID.randomUUID(), "Je relance pour le livreur."));
        assertEquals(201, sms.statusCode(), sms.body());
        JsonObject landed = (JsonObject) json(sms);
        assertEquals(gabriel, landed.getString("customerId"), "recognised by his phone number typed another way");
        assertFalse(landed.getBoolean("newCustomer"));
        assertEquals(onlyOpen, landed.getString("conversationId"), "the email conversation continues by SMS");
    }

    @Test
    void firstMessagesFromOneNewSenderAtTheSameInstantMakeOneCustomer() throws Exception {
        String phone = RelaisClient.newMobileNumber();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String body = "{\"channel\":\"SMS\",\"senderKind\":\"PHONE\",\"sender\":\"" + phone
                    + "\",\"providerMessageId\":\"sms-" + UUID.randomUUID() + "\",\"text\":\"Bonjour " + i + "\"}";
            sent.add(pool.submit(() -> agent.post("/api/contacts", body)));
        }
        Set<String> customers = new HashSet<>();
        for (Future<HttpResponse<String>> response : sent) {
            assertEquals(201, response.get().statusCode(), response.get().body());
            customers.add(((JsonObject) json(response.get())).getString("customerId"));
        }
        pool.shutdown();
        assertEquals(1, customers.size(), "one sender, one customer: " + customers);
    }

    @Test
    void aContactTakenThroughTheApiGetsItsClocksAndItsPlaceInAQueue() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> taken = agent.post("/api/contacts", contact("EMAIL", "EMAIL",
                "horloge." + unique + "@exemple.fr", "email:<" + unique + "@exemple.fr>", "mid-" + unique,
                "Bonjour, ma box clignote en rouge."));
        assertEquals(201, taken.statusCode(), taken.body());
        String conversation = ((JsonObject) json(taken)).getString("conversationId");

        HttpResponse<String> clocks = agent.get("/api/conversations/" + conversation + "/clocks");
        assertEquals(200, clocks.statusCode(), clocks.body());
        JsonObject firstResponse = ((JsonArray) json(clocks)).getValuesAs(JsonObject.class).stream()
                .filter(clock -> clock.getString("kind").equals("FIRST_RESPONSE")).findFirst()
                .orElseThrow(() -> new AssertionError("the email commitment's clock started: " + clocks.body()));

        HttpResponse<String> routed = supervisor.get("/api/routing/conversations/" + conversation);
        assertEquals(200, routed.statusCode(), "in routing like a message from a channel adapter: " + routed.body());
        JsonObject place = (JsonObject) json(routed);
        assertEquals("EMAIL", place.getString("channel"));
        assertTrue(List.of("WAITING", "ASSIGNED").contains(place.getString("state")), place.toString());
        assertEquals(firstResponse.getString("deadline"), place.getString("deadline", null),
                "its place in the queue follows its most pressing clock: " + place);
    }

    @Test
    void theDemosOpenConversationsAreInTheQueuesWithTheirClocks() {
        JsonArray found = (JsonArray) json(supervisor.get("/api/customers?q=marie%20dubois"));
        JsonObject marie = (JsonObject) json(supervisor.get("/api/customers/"
                + found.getJsonObject(0).getString("customerId")));
        List<JsonObject> demo = marie.getJsonArray("openConversations").getValuesAs(JsonObject.class).stream()
                .filter(open -> "Commande 48213 non reçue".equals(open.getString("subject", null))).toList();
        assertEquals(1, demo.size(), "the demo's first conversation is open: " + marie);
        String conversation = demo.get(0).getString("conversationId");
        JsonObject place = eventually(() -> Optional.of(supervisor.get("/api/routing/conversations/" + conversation))
                .filter(response -> response.statusCode() == 200).map(response -> (JsonObject) json(response)));
        assertEquals("EMAIL", place.getString("channel"), "the line of the channel it began on");
        assertEquals("MESSENGER", place.getString("escalatedVia", null),
                "the customer wrote on Messenger a day after an unanswered email: " + place);
        HttpResponse<String> clocks = supervisor.get("/api/conversations/" + conversation + "/clocks");
        assertTrue(((JsonArray) json(clocks)).getValuesAs(JsonObject.class).stream()
                .anyMatch(clock -> clock.getString("kind").equals("FIRST_RESPONSE")), clocks.body());
    }

    @Test
    void badContactsAreRefusedWithTheReason() {
        assertTrue(error(agent.post("/api/contacts", contact("EMAIL", "FAX", "x", "t", "p", "y")), 400)
                .startsWith("unknown senderKind 'FAX'"));
        assertTrue(error(agent.post("/api/contacts", contact("EMAIL", "EMAIL", " ", "t", "p", "y")), 400)
                .contains("identity is empty"));
        assertTrue(error(agent.post("/api/contacts", "{\"senderKind\":\"EMAIL\",\"sender\":\"a@b.fr\"}"), 400)
                .startsWith("'channel' is required"));
    }

    private static String error(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return ((JsonObject) json(response)).getString("error");
    }
}
