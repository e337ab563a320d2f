package io.relais.it.api;

import io.relais.it.api.ChatSocketIT.Visitor;
import io.relais.it.support.RelaisClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static io.relais.it.support.Eventually.eventually;
import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live chat console over real WebSockets, with a visitor on the other side: the chat waits in
 * the queue with its place and estimated wait, one agent takes it (not two), lines, typing and read
 * receipts cross both ways, the chat is handed to a colleague and ended; with no agent there, the
 * visitor leaves a callback request; the console refuses strangers and other sites' pages.
 */
class ChatConsoleIT {

    private static final String COLLEAGUE = "julien";
    private final RelaisClient agent = RelaisClient.basic(AGENT, AGENT_PASSWORD);

    static Visitor console(String user, String password) throws Exception {
        return console(user, password, "");
    }

    /** @param query what the console page adds to the address, such as its language ({@code ?lang=fr}) */
    static Visitor console(String user, String password, String query) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return Visitor.open("/chat/agent" + query, Map.of("Authorization", "Basic " + basic));
    }

    private static JsonObject frame(String type) {
        return Json.createObjectBuilder().add("type", type).build();
    }

    private static JsonObject about(String type, String conversation) {
        return Json.createObjectBuilder().add("type", type).add("conversation", conversation).build();
    }

    @Test
    void aChatGoesFromTheQueueToOneAgentThenToAColleagueWithLinesTypingAndReadReceiptsBothWays() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Lina Console" + unique;
        Visitor camille = console(AGENT, AGENT_PASSWORD);
        assertEquals(AGENT, camille.until("hello").getString("agent"));
        camille.send(Json.createObjectBuilder().add("type", "available").add("available", true).build());
        Visitor julien = console(COLLEAGUE, AGENT_PASSWORD);
        julien.until("hello");

        Visitor visitor = Visitor.connect("boutique");
        visitor.send(Json.createObjectBuilder().add("type", "hello").add("visitor", "it" + unique + "console")
                .add("name", name).build());
        visitor.until("welcome");
        visitor.send(Json.createObjectBuilder().add("type", "message").add("id", "v1")
                .add("text", "Bonjour, où en est ma commande " + unique + " ?").build());
        visitor.until("ack");
        JsonObject place = visitor.until("queue", f -> f.getInt("agentsAvailable") >= 1);
        assertTrue(place.getInt("position") >= 1, place.toString());
        assertTrue(place.getInt("waitSeconds") > 0, "an estimated wait: " + place);

        JsonObject queue = camille.until("queue", f -> f.getJsonArray("waiting").stream()
                .anyMatch(c -> name.equals(c.asJsonObject().getString("name", null))));
        JsonObject waiting = queue.getJsonArray("waiting").stream().map(JsonObject.class::cast)
                .filter(c -> name.equals(c.getString("name", null))).findFirst().orElseThrow();
        String conversation = waiting.getString("conversation");
        assertTrue(waiting.getString("lastText").contains(unique), waiting.toString());

        camille.send(about("take", conversation));
        JsonObject taken = camille.until("chat").getJsonObject("chat");
        assertEquals(conversation, taken.getString("conversation"));
        assertTrue(taken.getJsonArray("lines").getJsonObject(0).getString("text").contains(unique), taken.toString());
        String camilleName = visitor.until("agent").getString("name");
        assertTrue(camilleName.startsWith("Camille"), camilleName);
        julien.send(about("take", conversation));
        assertTrue(julien.until("error").getString("reason").contains("already answered"), "one agent per chat");
        Visitor sofia = console("sofia", AGENT_PASSWORD, "?lang=fr");
        sofia.until("hello");
        sofia.send(about("take", conversation));
        assertTrue(sofia.until("error").getString("reason").startsWith("Déjà pris par Camille"),
                "the console page's language: the reason in French");
        sofia.socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(10, TimeUnit.SECONDS);
        sofia.closed.get(10, TimeUnit.SECONDS);

        visitor.send(frame("typing"));
        camille.until("typing", f -> conversation.equals(f.getString("conversation")));
        visitor.send(Json.createObjectBuilder().add("type", "message").add("id", "v2").add("text", "C’est urgent.").build());
        JsonObject line = camille.until("line", f -> conversation.equals(f.getString("conversation")));
        assertEquals("C’est urgent.", line.getString("text"));
        assertEquals("v2", line.getString("line"));
        camille.send(Json.createObjectBuilder().add("type", "read").add("conversation", conversation).add("line", "v2").build());
        assertEquals("v2", visitor.until("read").getString("id"), "the visitor sees his line read");

        camille.send(Json.createObjectBuilder().add("type", "typing").add("conversation", conversation).build());
        visitor.until("typing");
        camille.send(Json.createObjectBuilder().add("type", "message").add("id", "a1").add("conversation", conversation)
                .add("text", "Je regarde tout de suite.").build());
        String reply = camille.until("ack", f -> "a1".equals(f.getString("id"))).getString("interaction");
        JsonObject answer = visitor.until("message");
        assertEquals(reply, answer.getString("id"));
        assertEquals("Je regarde tout de suite.", answer.getString("text"));
        visitor.send(Json.createObjectBuilder().add("type", "read").add("id", reply).build());
        camille.until("read", f -> reply.equals(f.getString("id")));

        camille.send(Json.createObjectBuilder().add("type", "transfer").add("conversation", conversation)
                .add("to", COLLEAGUE).build());
        camille.until("released", f -> conversation.equals(f.getString("conversation")));
        JsonObject handedOver = julien.until("chat").getJsonObject("chat");
        assertEquals(3, handedOver.getJsonArray("lines").size(), "the colleague sees what was said: " + handedOver);
        assertTrue(visitor.until("agent").getString("name").startsWith("Julien"));
        camille.send(Json.createObjectBuilder().add("type", "message").add("id", "a2").add("conversation", conversation)
                .add("text", "Encore moi").build());
        assertTrue(camille.until("error").getString("reason").contains("not yours"));

        julien.send(about("end", conversation));
        visitor.until("ended");
        julien.until("ended", f -> conversation.equals(f.getString("conversation")));
        JsonArray timeline = agent.timelineOf(name).orElseThrow();
        List<String> texts = timeline.stream().map(e -> e.asJsonObject().getString("text")).toList();
        assertEquals(3, texts.size(), "two lines and a reply, once each: " + texts);

        for (Visitor socket : List.of(camille, julien, visitor)) {
            socket.socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(10, TimeUnit.SECONDS);
            socket.closed.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void withNoAgentAtTheConsoleTheVisitorLeavesACallbackRequest() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Hugo Rappel" + unique;
        // A number of its own (the request goes to whoever already has the number), in the 06 12 range,
        // which is all valid mobile numbers (06 39 or 06 9x are not).
        String digits = "12" + String.format("%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        Visitor visitor = Visitor.connect("boutique");
        visitor.send(Json.createObjectBuilder().add("type", "hello").add("visitor", "it" + unique + "callback")
                .add("name", name).build());
        assertEquals(0, visitor.until("welcome").getInt("agentsAvailable"), "nobody takes chats: the widget offers the rest");

        visitor.send(Json.createObjectBuilder().add("type", "leave").add("id", "c1").add("callback", true)
                .add("address", "pas un numéro").add("text", "Rappelez-moi").build());
        assertTrue(visitor.until("error").getString("reason").contains("phone"));
        visitor.send(Json.createObjectBuilder().add("type", "leave").add("id", "c2").add("callback", false)
                .add("address", "pas-une-adresse").add("text", "Répondez-moi").build());
        assertTrue(visitor.until("error").getString("reason").contains("email"));
        visitor.send(Json.createObjectBuilder().add("type", "leave").add("id", "c3").add("callback", true)
                .add("address", "06 " + digits).add("when", "demain matin")
                .add("text", "Ma box " + unique + " ne marche plus.").build());
        assertEquals("c3", visitor.until("ack").getString("id"));

        JsonObject request = eventually(() -> agent.timelineOf("+336" + digits).filter(t -> t.size() == 1)).getJsonObject(0);
        assertEquals("CHAT", request.getString("channel"));
        assertTrue(request.getString("text").contains(unique), request.toString());
        assertEquals("Rappel demandé au +336" + digits + " (demain matin)", request.getString("conversationSubject"));
        visitor.socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(10, TimeUnit.SECONDS);
    }

    @Test
    void theConsoleRefusesStrangersAndOtherSitesPages() {
        ExecutionException stranger = assertThrows(ExecutionException.class,
                () -> Visitor.open("/chat/agent", Map.of()));
        assertInstanceOf(WebSocketHandshakeException.class, stranger.getCause());
        String basic = Base64.getEncoder().encodeToString((AGENT + ":" + AGENT_PASSWORD).getBytes(StandardCharsets.UTF_8));
        ExecutionException crossSite = assertThrows(ExecutionException.class, () -> Visitor.open("/chat/agent",
                Map.of("Authorization", "Basic " + basic, "Origin", "https://evil.example")));
        assertInstanceOf(WebSocketHandshakeException.class, crossSite.getCause());
        assertEquals(403, ((WebSocketHandshakeException) crossSite.getCause()).getResponse().statusCode());
    }
}
