package io.relais.it.api;

import io.relais.it.support.RelaisClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.Eventually.eventually;
import static io.relais.it.support.Eventually.pause;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The visitor's chat socket over a real WebSocket: lines acknowledged once queued, a connection
 * dropped before the acknowledgement, the line sent again on a new connection, and each line
 * recorded once; bad frames answered with the reason, an oversized one closing the connection.
 */
class ChatSocketIT {

    private final RelaisClient agent = RelaisClient.basic(AGENT, AGENT_PASSWORD);

    /** A socket whose frames the test reads one by one. */
    static final class Visitor implements WebSocket.Listener {
        final LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        WebSocket socket;

        static Visitor connect(String site) throws Exception {
            return open("/chat/visitor/" + site, Map.of());
        }

        /** Any chat socket of Relais, with the handshake's headers (credentials, Origin). */
        static Visitor open(String path, Map<String, String> headers) throws Exception {
            Visitor visitor = new Visitor();
            String url = RelaisClient.baseUrl().replace("http", "ws") + path;
            WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
            headers.forEach(builder::header);
            visitor.socket = builder.buildAsync(URI.create(url), visitor).get(20, TimeUnit.SECONDS);
            return visitor;
        }

        /** The next frame of this type, skipping others (queue updates come at any time). */
        JsonObject until(String type) throws InterruptedException {
            return until(type, frame -> true);
        }

        JsonObject until(String type, java.util.function.Predicate<JsonObject> matching) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            List<String> errors = new java.util.ArrayList<>();
            while (System.nanoTime() < deadline) {
                String text = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (text == null) {
                    break;
                }
                JsonObject frame = Json.createReader(new StringReader(text)).readObject();
                if (type.equals(frame.getString("type", "")) && matching.test(frame)) {
                    return frame;
                }
                if ("error".equals(frame.getString("type", ""))) {
                    errors.add(frame.getString("reason", ""));
                }
            }
            throw new AssertionError("no '" + type + "' frame as expected within 20 s" + (errors.isEmpty() ? ""
                    : "; errors meanwhile: " + errors));
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        void send(JsonObject frame) throws Exception {
            socket.sendText(frame.toString(), true).get(10, TimeUnit.SECONDS);
        }

        JsonObject next() throws InterruptedException {
            String frame = frames.poll(20, TimeUnit.SECONDS);
            assertNotNull(frame, "a frame within 20 s");
            return Json.createReader(new StringReader(frame)).readObject();
        }
    }

    private static JsonObject line(String id, String text) {
        return Json.createObjectBuilder().add("type", "message").add("id", id).add("text", text).build();
    }

    @Test
    void aLineSentAgainAfterAReconnectionIsRecordedOnce() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String visitorId = "it" + unique + "visitor";
        JsonObject hello = Json.createObjectBuilder().add("type", "hello").add("visitor", visitorId)
                .add("name", "Zoé Chat" + unique).build();

        Visitor first = Visitor.connect("boutique");
        first.send(hello);
        first.until("welcome");
        first.send(line("l1", "Bonjour, ma commande " + unique + " est en retard."));
        assertEquals("l1", first.until("ack").getString("id"));
        // The second line leaves, then the network drops before its acknowledgement is read.
        first.send(line("l2", "Vous êtes là ?"));
        first.socket.abort();

        Visitor second = Visitor.connect("boutique");
        second.send(hello);
        second.until("welcome");
        second.send(line("l2", "Vous êtes là ?"));
        assertEquals("l2", second.until("ack").getString("id"));
        second.send(line("l1", "Bonjour, ma commande " + unique + " est en retard."));
        assertEquals("l1", second.until("ack").getString("id"));

        JsonArray timeline = eventually(() -> agent.timelineOf("Zoé Chat" + unique).filter(t -> t.size() >= 2));
        pause(Duration.ofSeconds(2));
        timeline = agent.timelineOf("Zoé Chat" + unique).orElseThrow();
        List<String> texts = timeline.stream().map(e -> e.asJsonObject().getString("text")).toList();
        assertEquals(2, texts.size(), "each line once: " + texts);
        assertTrue(texts.contains("Vous êtes là ?"));
        timeline.forEach(e -> assertEquals("CHAT", e.asJsonObject().getString("channel")));
        assertEquals(timeline.getJsonObject(0).getString("conversationId"), timeline.getJsonObject(1).getString("conversationId"));
        second.socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }

    @Test
    void anAgentsReplyReachesTheVisitorsOpenChatAndSaysSoWhenHeHasLeft() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Visitor visitor = Visitor.connect("boutique");
        visitor.send(Json.createObjectBuilder().add("type", "hello").add("visitor", "it" + unique + "reply")
                .add("name", "Yann Chat" + unique).build());
        visitor.until("welcome");
        visitor.send(line("q1", "Ma carte est refusée."));
        visitor.until("ack");
        String conversationId = eventually(() -> agent.timelineOf("Yann Chat" + unique).filter(t -> t.size() == 1))
                .getJsonObject(0).getString("conversationId");

        var replied = agent.post("/api/conversations/" + conversationId + "/replies",
                "{\"channel\":\"CHAT\",\"text\":\"Bonjour Yann, je regarde votre paiement.\"}");
        assertEquals(202, replied.statusCode(), replied.body());
        JsonObject answer = visitor.until("message");
        assertEquals("agent", answer.getString("from"));
        assertEquals("Bonjour Yann, je regarde votre paiement.", answer.getString("text"));
        String replyId = ((JsonObject) json(replied)).getString("interactionId");
        assertEquals(replyId, answer.getString("id"));
        eventually(() -> agent.timelineOf("Yann Chat" + unique).flatMap(t -> t.stream().map(JsonObject.class::cast)
                .filter(e -> replyId.equals(e.getString("interactionId")) && "SENT".equals(e.getString("deliveryStatus", null)))
                .findFirst()));

        visitor.socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(10, TimeUnit.SECONDS);
        visitor.closed.get(10, TimeUnit.SECONDS);
        var late = agent.post("/api/conversations/" + conversationId + "/replies", "{\"channel\":\"CHAT\",\"text\":\"Toujours là ?\"}");
        String lateId = ((JsonObject) json(late)).getString("interactionId");
        JsonObject failed = eventually(() -> agent.timelineOf("Yann Chat" + unique).flatMap(t -> t.stream().map(JsonObject.class::cast)
                .filter(e -> lateId.equals(e.getString("interactionId")) && "FAILED".equals(e.getString("deliveryStatus", null)))
                .findFirst()));
        assertTrue(failed.getString("deliveryDetail").contains("left the chat"), failed.toString());
    }

    @Test
    void badFramesAreAnsweredWithTheReasonAndAnOversizedOneClosesTheConnection() throws Exception {
        Visitor visitor = Visitor.connect("boutique");
        visitor.socket.sendText("pas du JSON", true).get(10, TimeUnit.SECONDS);
        assertTrue(visitor.next().getString("reason").contains("JSON"));
        visitor.send(line("x1", "avant de dire bonjour"));
        JsonObject early = visitor.next();
        assertEquals("error", early.getString("type"));
        assertEquals("x1", early.getString("id"));
        visitor.send(Json.createObjectBuilder().add("type", "hello").add("visitor", "court").build());
        assertTrue(visitor.next().getString("reason").contains("visitor id"));
        visitor.send(Json.createObjectBuilder().add("type", "hello").add("visitor", "visiteur-valide-1").build());
        assertEquals("welcome", visitor.next().getString("type"));
        visitor.send(line("x2", "a".repeat(4_001)));
        assertTrue(visitor.next().getString("reason").contains("4000"));
        visitor.send(Json.createObjectBuilder().add("type", "hello").add("token", "faux.jeton").build());
        assertTrue(visitor.next().getString("reason").contains("secret"), "this site cannot vouch for visitors");

        visitor.socket.sendText("{\"type\":\"message\",\"text\":\"" + "b".repeat(20_000) + "\"}", true);
        assertEquals(1009, visitor.closed.get(20, TimeUnit.SECONDS), "too big");
    }
}
