package io.relais.it.api;

import io.relais.it.support.RelaisClient;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The agent inbox over REST, read from the demo data through the timeline module. */
class InboxApiIT {

    private final RelaisClient agent = RelaisClient.basic(AGENT, AGENT_PASSWORD);

    @Test
    void pagesWalkEveryOpenConversationOnceOldestActivityFirst() {
        long open = Long.parseLong(agent.get("/api/inbox/count").body());
        assertTrue(open >= 20, "the demo has twenty open conversations, found " + open);

        Set<String> seen = new HashSet<>();
        List<Instant> activity = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            HttpResponse<String> response = agent.get("/api/inbox?limit=7" + (after == null ? "" : "&after=" + after));
            assertEquals(200, response.statusCode(), response.body());
            JsonObject page = (JsonObject) json(response);
            for (JsonValue value : page.getJsonArray("entries")) {
                JsonObject entry = value.asJsonObject();
                assertTrue(seen.add(entry.getString("conversationId")), "seen twice: " + entry);
                activity.add(Instant.parse(entry.getString("lastActivityAt")));
                assertFalse(entry.getString("customerName").isBlank());
                assertTrue(Set.of("OPEN", "WAITING_FOR_US", "WAITING_FOR_CUSTOMER").contains(entry.getString("status")));
            }
            after = page.isNull("next") ? null : page.getString("next");
            pages++;
        } while (after != null && pages < 100);

        assertEquals(open, seen.size(), "keyset pages must cover every open conversation exactly once");
        for (int i = 1; i < activity.size(); i++) {
            assertFalse(activity.get(i).isBefore(activity.get(i - 1)), "oldest activity first");
        }
    }

    @Test
    void theInboxShowsConversationsFromEveryChannel() {
        JsonObject page = (JsonObject) json(agent.get("/api/inbox?limit=200"));
        Set<String> channels = new HashSet<>();
        page.getJsonArray("entries").forEach(v -> channels.add(v.asJsonObject().getString("lastChannel")));
        assertTrue(channels.containsAll(Set.of("EMAIL", "CHAT", "SMS", "MESSENGER", "X", "PHONE", "LETTER")),
                "channels in the demo inbox: " + channels);
    }

    @Test
    void resolvedConversationsAreNotInTheInbox() {
        JsonObject page = (JsonObject) json(agent.get("/api/inbox?limit=200"));
        page.getJsonArray("entries").forEach(v ->
                assertFalse("Mot de passe oublié".equals(v.asJsonObject().getString("subject")),
                        "a resolved demo conversation appeared in the inbox"));
    }

    @Test
    void badPagingParametersAreRefusedWithTheReason() {
        HttpResponse<String> zero = agent.get("/api/inbox?limit=0");
        assertEquals(400, zero.statusCode());
        assertEquals("limit must be between 1 and 200", ((JsonObject) json(zero)).getString("error"));

        HttpResponse<String> forged = agent.get("/api/inbox?after=bm90LWEtY3Vyc29y");
        assertEquals(400, forged.statusCode());
        assertEquals("'after' is not a cursor returned by this API", ((JsonObject) json(forged)).getString("error"));

        assertEquals(404, agent.get("/api/no-such-resource").statusCode());
    }
}
