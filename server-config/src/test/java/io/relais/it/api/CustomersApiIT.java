package io.relais.it.api;

import io.relais.it.support.RelaisClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Finding a customer however the agent types it, the 360 summary, and the cross-channel timeline. */
class CustomersApiIT {

    private final RelaisClient agent = RelaisClient.basic(AGENT, AGENT_PASSWORD);

    private JsonArray search(String typed) {
        HttpResponse<String> response = agent.get("/api/customers?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return (JsonArray) json(response);
    }

    private String idOf(String typed) {
        JsonArray matches = search(typed);
        assertFalse(matches.isEmpty(), "nobody found for " + typed);
        return matches.getJsonObject(0).getString("customerId");
    }

    @Test
    void aCustomerIsFoundByPhoneInAnyFormatByEmailByNumberAndByNameWithoutAccents() {
        String marie = idOf("06 12 34 56 01");
        assertEquals("PHONE", search("06 12 34 56 01").getJsonObject(0).getString("matchedBy"));
        assertEquals(marie, idOf("+33612345601"));
        assertEquals(marie, idOf("0033 6.12.34.56.01"));
        assertEquals(marie, idOf("Marie.Dubois@Exemple.fr"));
        assertEquals(marie, idOf("c-100001"));
        assertEquals("Marie Dubois", search("marie dub").getJsonObject(0).getString("displayName"));

        assertEquals("Léa Moreau", search("lea moreau").getJsonObject(0).getString("displayName"));
        assertTrue(search("zz-nobody-zz").isEmpty());
        assertTrue(search("100%").isEmpty(), "LIKE wildcards are taken literally");
    }

    @Test
    void theSummaryTellsWhatIsOpenAndWhereTheCustomerLastWrote() {
        JsonObject summary = (JsonObject) json(agent.get("/api/customers/" + idOf("marie.dubois@exemple.fr")));
        assertEquals("Marie Dubois", summary.getString("displayName"));
        assertTrue(summary.getJsonArray("identities").toString().contains("+33612345601"));
        Set<String> open = new HashSet<>();
        summary.getJsonArray("openConversations").forEach(v -> open.add(v.asJsonObject().getString("subject")));
        assertTrue(open.contains("Commande 48213 non reçue"), open.toString());
        assertFalse(open.contains("Mot de passe oublié"), "resolved conversations are not open");
        JsonObject lastContacts = summary.getJsonObject("lastContactPerChannel");
        assertTrue(lastContacts.containsKey("EMAIL") && lastContacts.containsKey("MESSENGER") && lastContacts.containsKey("CHAT"),
                lastContacts.toString());
    }

    @Test
    void theTimelineIsNewestFirstAcrossChannelsPageByPage() {
        String marie = idOf("marie.dubois@exemple.fr");
        List<Instant> times = new ArrayList<>();
        Set<String> channels = new HashSet<>();
        Set<String> seen = new HashSet<>();
        String after = null;
        int pages = 0;
        do {
            JsonObject page = (JsonObject) json(agent.get("/api/customers/" + marie + "/timeline?limit=1"
                    + (after == null ? "" : "&after=" + after)));
            for (JsonValue value : page.getJsonArray("entries")) {
                JsonObject entry = value.asJsonObject();
                assertTrue(seen.add(entry.getString("interactionId")));
                times.add(Instant.parse(entry.getString("occurredAt")));
                channels.add(entry.getString("channel"));
            }
            after = page.isNull("next") ? null : page.getString("next");
            pages++;
        } while (after != null && pages < 50);
        assertEquals(4, seen.size(), "Marie's demo history has four interactions in two conversations");
        assertEquals(Set.of("EMAIL", "MESSENGER", "CHAT"), channels);
        for (int i = 1; i < times.size(); i++) {
            assertFalse(times.get(i).isAfter(times.get(i - 1)), "newest first");
        }

        JsonObject chatOnly = (JsonObject) json(agent.get("/api/customers/" + marie + "/timeline?channel=chat"));
        chatOnly.getJsonArray("entries").forEach(v -> assertEquals("CHAT", v.asJsonObject().getString("channel")));
        assertEquals(2, chatOnly.getJsonArray("entries").size());
    }

    @Test
    void segmentsAndConsentsAreKeptAndShownInTheSummary() {
        String jules = idOf("jules rousseau");
        HttpResponse<String> updated = agent.put("/api/customers/" + jules + "/profile",
                "{\"preferredLanguage\":\"FR\",\"customerType\":\"professional\",\"ageBand\":\"FROM_35_TO_49\","
                        + "\"valueTier\":\"GOLD\",\"region\":\"Bretagne\",\"consents\":{\"SMS\":false,\"WHATSAPP\":true}}");
        assertEquals(200, updated.statusCode(), updated.body());
        JsonObject summary = (JsonObject) json(updated);
        assertEquals("fr", summary.getString("preferredLanguage"));
        JsonObject segments = summary.getJsonObject("segments");
        assertEquals("PROFESSIONAL", segments.getString("customerType"));
        assertEquals("GOLD", segments.getString("valueTier"));
        assertEquals("Bretagne", segments.getString("region"));
        assertFalse(summary.getJsonObject("consents").getBoolean("SMS"));
        assertTrue(summary.getJsonObject("consents").getBoolean("WHATSAPP"));
        assertTrue(summary.getJsonObject("consents").getBoolean("EMAIL"), "a channel left out keeps its answer");

        assertTrue(error(agent.put("/api/customers/" + jules + "/profile", "{\"valueTier\":\"DIAMOND\"}"), 400)
                .startsWith("unknown valueTier 'DIAMOND'"));
        assertEquals("a language is a two-letter ISO 639 code such as fr or en",
                error(agent.put("/api/customers/" + jules + "/profile", "{\"preferredLanguage\":\"french\"}"), 400));
        JsonObject unchanged = (JsonObject) json(agent.get("/api/customers/" + jules));
        assertEquals("GOLD", unchanged.getJsonObject("segments").getString("valueTier"), "a refused update keeps nothing");
    }

    @Test
    void badRequestsAreRefusedWithTheReason() {
        String marie = idOf("marie.dubois@exemple.fr");
        assertEquals("'q' needs at least 2 characters", error(agent.get("/api/customers?q=a"), 400));
        assertEquals("not a customer id: nope", error(agent.get("/api/customers/nope"), 400));
        String unknown = UUID.randomUUID().toString();
        assertEquals("no customer " + unknown, error(agent.get("/api/customers/" + unknown), 404));
        assertTrue(error(agent.get("/api/customers/" + marie + "/timeline?channel=PIGEON"), 400)
                .startsWith("unknown channel 'PIGEON'"));
        assertTrue(error(agent.get("/api/customers/" + marie + "/timeline?from=yesterday"), 400)
                .startsWith("'from' is not an ISO-8601 instant"));
        assertEquals("'from' must be before 'to'", error(agent.get("/api/customers/" + marie
                + "/timeline?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z"), 400));
        assertEquals(401, RelaisClient.anonymous().get("/api/customers?q=marie").statusCode());
    }

    private static String error(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return ((JsonObject) json(response)).getString("error");
    }
}
