package io.relais.it.api;

import io.relais.it.support.RelaisClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A customer's message comes in: who sent it, and which conversation it continues. */
class ContactsApiIT {

    private final RelaisClient agent = RelaisClient.basic(AGENT, AGENT_PASSWORD);

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
    void badContactsAreRefusedWithTheReason() {
        assertTrue(error(agent.post("/api/contacts", contact("EMAIL", "FAX", "x", "t", "p", "y")), 400)
                .startsWith("unknown senderKind 'FAX'"));
        assertEquals("not an email address: pas-une-adresse",
                error(agent.post("/api/contacts", contact("EMAIL", "EMAIL", "pas-une-adresse", "t", "p", "y")), 400));
        assertTrue(error(agent.post("/api/contacts", "{\"senderKind\":\"EMAIL\",\"sender\":\"a@b.fr\"}"), 400)
                .startsWith("'channel' is required"));
    }

    private static String error(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return ((JsonObject) json(response)).getString("error");
    }
}
