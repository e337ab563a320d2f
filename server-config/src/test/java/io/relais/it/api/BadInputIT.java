package io.relais.it.api;

import io.relais.it.support.RelaisClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static io.relais.it.support.RelaisClient.ADMIN;
import static io.relais.it.support.RelaisClient.ADMIN_PASSWORD;
import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests that answered 500 (a null pointer, a value longer than its column) answer 400 with the
 * reason, and store nothing.
 */
class BadInputIT {

    private final RelaisClient agent = RelaisClient.basic(AGENT, AGENT_PASSWORD);
    private final RelaisClient admin = RelaisClient.basic(ADMIN, ADMIN_PASSWORD);

    private static String contact(String sender, String threadKeys, String providerId) {
        return "{\"channel\":\"EMAIL\",\"senderKind\":\"EMAIL\",\"sender\":\"" + sender + "\",\"threadKeys\":" + threadKeys
                + ",\"providerMessageId\":\"" + providerId + "\",\"text\":\"Bonjour.\"}";
    }

    private static void assertRefused(HttpResponse<String> response, String reason) {
        assertEquals(400, response.statusCode(), response.body());
        String error = ((JsonObject) json(response)).getString("error");
        assertTrue(error.contains(reason), error);
    }

    @Test
    void aContactWithANullThreadKeyAnOverlongSenderOrProviderIdIsRefusedAndNothingRecorded() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String sender = "nul." + unique + "@exemple.fr";

        assertRefused(agent.post("/api/contacts", contact(sender, "[null]", "p-" + unique)), "a thread key has 1 to");
        assertRefused(agent.post("/api/contacts", contact("a".repeat(390) + "." + unique + "@exemple.fr", "[]",
                "p2-" + unique)), "an identity has at most 320 characters");
        assertRefused(agent.post("/api/contacts", contact(sender, "[]", "p".repeat(2_000))),
                "a provider message id has at most 255 characters");
        assertEquals(0, ((JsonArray) json(agent.get("/api/customers?q=" + unique))).size(), "nothing recorded");

        HttpResponse<String> fine = agent.post("/api/contacts", contact(sender, "[\"mail:<" + unique + "@x>\"]",
                "p-" + unique).replace("}", ",\"senderName\":\"" + "N".repeat(500) + "\"}"));
        assertEquals(201, fine.statusCode(), "a name too long for a customer's is cut, not refused: " + fine.body());
    }

    @Test
    void anInteractionWithANullAttachmentIsRefused() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        JsonObject landed = (JsonObject) json(agent.post("/api/contacts",
                contact("piece." + unique + "@exemple.fr", "[]", "a-" + unique)));
        String conversationId = landed.getString("conversationId");

        HttpResponse<String> refused = agent.post("/api/conversations/" + conversationId + "/interactions",
                "{\"channel\":\"EMAIL\",\"direction\":\"INBOUND\",\"kind\":\"MESSAGE\",\"text\":\"Voici.\","
                        + "\"attachments\":[null]}");
        assertEquals(400, refused.statusCode(), refused.body());
        JsonArray timeline = agent.timelineOf("piece." + unique + "@exemple.fr").orElseThrow();
        assertEquals(1, timeline.size(), "nothing recorded: " + timeline);
    }

    @Test
    void aTemplateCheckWithANullParameterAndABrandLexiconWithANullOrEmptyRuleAreRefused() {
        JsonArray approved = (JsonArray) json(agent.get("/api/library/answers?status=APPROVED&limit=500"));
        String answerId = approved.getJsonObject(0).getString("id");
        assertRefused(agent.post("/api/library/answers/" + answerId + "/variants/WHATSAPP/check",
                "{\"body\":\"Bonjour\",\"templateName\":\"suivi\",\"templateParameters\":[null]}"),
                "a WhatsApp template parameter cannot be null");

        JsonObject brand = (JsonObject) json(agent.get("/api/library/brand"));
        assertRefused(admin.put("/api/library/brand", Json.createObjectBuilder(brand)
                .add("lexicon", Json.createArrayBuilder().addNull()).build().toString()),
                "each lexicon rule names the word to avoid");
        assertRefused(admin.put("/api/library/brand", Json.createObjectBuilder(brand)
                .add("lexicon", Json.createArrayBuilder().add(Json.createObjectBuilder().addNull("forbidden")
                        .add("replacement", "rapidement"))).build().toString()),
                "each lexicon rule names the word to avoid");
        assertRefused(admin.put("/api/library/brand", Json.createObjectBuilder(brand)
                .add("lexicon", Json.createArrayBuilder().add(Json.createObjectBuilder().add("forbidden", "x".repeat(101))
                        .add("replacement", "y"))).build().toString()),
                "a lexicon word and its replacement have at most 100 characters");
        assertEquals(brand, json(agent.get("/api/library/brand")), "the brand's rules did not change");
    }
}
