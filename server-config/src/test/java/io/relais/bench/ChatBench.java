package io.relais.bench;

import io.relais.it.support.RelaisClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live chat under load on PostgreSQL: {@code bench.visitors} visitor sockets (1,000), each
 * writing a line every ten seconds to a chat agents have taken at their consoles. The delay is
 * from the visitor's send to the line's arrival on the agent's console socket, so it holds the
 * whole way: queued durably, recorded in the timeline, committed, then relayed. The same load runs
 * {@code bench.warmupSeconds} (30) before lines are timed for {@code bench.seconds} (60). After the
 * run every line delivered is checked to be in the database.
 */
class ChatBench {

    private static final int VISITORS = Integer.getInteger("bench.visitors", 1000);
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 30));
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 60));
    private static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final List<String> AGENTS = List.of("camille", "julien", "sofia");

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    // Wall-clock times of the timed lines, to set beside the server's (same machine, same clock).
    private final Map<String, Instant> sentWall = new ConcurrentHashMap<>();
    private final Map<String, Instant> deliveredWall = new ConcurrentHashMap<>();
    private final Latencies delivered = new Latencies();
    private final Set<String> taken = ConcurrentHashMap.newKeySet();
    private final AtomicInteger unexpected = new AtomicInteger();
    private volatile boolean measuring;

    /** A socket that hands each whole frame to a handler. */
    private static final class Frames implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private final java.util.function.Consumer<JsonObject> handler;

        Frames(java.util.function.Consumer<JsonObject> handler) {
            this.handler = handler;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                handler.accept(Json.createReader(new StringReader(text)).readObject());
            }
            socket.request(1);
            return null;
        }
    }

    private WebSocket open(String path, Map<String, String> headers, Frames listener) throws Exception {
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30));
        headers.forEach(builder::header);
        return builder.buildAsync(URI.create(RelaisClient.baseUrl().replace("http", "ws") + path), listener)
                .get(60, TimeUnit.SECONDS);
    }

    private void atConsole(int index, WebSocket[] self, JsonObject frame) {
        switch (frame.getString("type")) {
            case "queue" -> {
                for (JsonValue waiting : frame.getJsonArray("waiting")) {
                    String conversation = waiting.asJsonObject().getString("conversation");
                    String name = waiting.asJsonObject().getString("name", "");
                    // Each agent takes his share, so that no two ask for the same chat.
                    if (name.startsWith("Bench") && Math.floorMod(conversation.hashCode(), AGENTS.size()) == index
                            && taken.add(conversation)) {
                        synchronized (self) {
                            self[0].sendText(Json.createObjectBuilder().add("type", "take")
                                    .add("conversation", conversation).build().toString(), true).join();
                        }
                    }
                }
            }
            case "line" -> {
                String line = frame.getString("line", "");
                Long sent = sentAt.remove(line);
                if (sent != null) {
                    delivered.add(System.nanoTime() - sent);
                    deliveredWall.put(line, Instant.now());
                }
            }
            case "error" -> unexpected.incrementAndGet();
            default -> {
            }
        }
    }

    /**
     * Where the time of a timed line goes: from the visitor's send to its acceptance by the server
     * ({@code received_at}), then to its recording by the listener ({@code recorded_at}, before the
     * commit), then to its arrival at the agent's console (the rest of the transaction, the commit,
     * the relay and the agent's socket).
     */
    private void hops(Connection db, String run) throws Exception {
        Latencies toAccepted = new Latencies();
        Latencies toRecorded = new Latencies();
        Latencies toConsole = new Latencies();
        try (PreparedStatement lines = db.prepareStatement(
                "select provider_message_id, received_at, recorded_at from ch_inbound_raw where provider_message_id like ?")) {
            lines.setString(1, "chat:bench" + run + "%");
            try (ResultSet row = lines.executeQuery()) {
                while (row.next()) {
                    String providerId = row.getString(1);
                    String line = providerId.substring(providerId.lastIndexOf(':') + 1);
                    Instant sent = sentWall.get(line);
                    Instant arrived = deliveredWall.get(line);
                    if (sent == null || arrived == null) {
                        continue;
                    }
                    Instant received = row.getTimestamp(2).toInstant();
                    Instant recorded = row.getTimestamp(3).toInstant();
                    toAccepted.add(Duration.between(sent, received).toNanos());
                    toRecorded.add(Duration.between(received, recorded).toNanos());
                    toConsole.add(Duration.between(recorded, arrived).toNanos());
                }
            }
        }
        System.out.println("  " + toAccepted.summary("hop 1, visitor's send -> accepted by the server", MEASURE.toSeconds()));
        System.out.println("  " + toRecorded.summary("hop 2, accepted -> recorded by the listener", MEASURE.toSeconds()));
        System.out.println("  " + toConsole.summary("hop 3, recorded -> on the agent's console", MEASURE.toSeconds()));
    }

    @Test
    void visitorsLinesReachTheAgentsConsoles() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<WebSocket> consoles = new ArrayList<>();
        for (int i = 0; i < AGENTS.size(); i++) {
            String agent = AGENTS.get(i);
            int index = i;
            WebSocket[] self = new WebSocket[1];
            String basic = Base64.getEncoder().encodeToString((agent + ":demo-agent-2026").getBytes(StandardCharsets.UTF_8));
            synchronized (self) {
                self[0] = open("/chat/agent", Map.of("Authorization", "Basic " + basic),
                        new Frames(frame -> atConsole(index, self, frame)));
                self[0].sendText("{\"type\":\"available\",\"available\":true}", true).join();
            }
            consoles.add(self[0]);
        }

        List<WebSocket> visitors = new ArrayList<>();
        for (int v = 0; v < VISITORS; v++) {
            WebSocket visitor = open("/chat/visitor/bench", Map.of(), new Frames(frame -> {
                if ("error".equals(frame.getString("type"))) {
                    unexpected.incrementAndGet();
                }
            }));
            visitor.sendText(Json.createObjectBuilder().add("type", "hello").add("visitor", "bench" + run + "v" + v)
                    .add("name", "Bench " + run + " " + v).build().toString(), true).join();
            visitor.sendText(Json.createObjectBuilder().add("type", "message").add("id", "first")
                    .add("text", "Bonjour").build().toString(), true).join();
            visitors.add(visitor);
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (taken.size() < VISITORS && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        Thread.sleep(5_000);
        System.out.printf(Locale.ROOT, "%d visitors connected, %d chats taken by %d agents%n", visitors.size(),
                taken.size(), AGENTS.size());

        ScheduledExecutorService clock = Executors.newScheduledThreadPool(4);
        AtomicInteger sent = new AtomicInteger();
        for (int v = 0; v < visitors.size(); v++) {
            WebSocket visitor = visitors.get(v);
            String prefix = "v" + v + "x";
            AtomicInteger line = new AtomicInteger();
            clock.scheduleAtFixedRate(() -> {
                String id = prefix + line.incrementAndGet();
                boolean measured = measuring;
                synchronized (visitor) {
                    if (measured) {
                        sentWall.put(id, Instant.now());
                        sentAt.put(id, System.nanoTime());
                    }
                    visitor.sendText(Json.createObjectBuilder().add("type", "message").add("id", id)
                            .add("text", "Ligne " + id).build().toString(), true).join();
                }
                if (measured) {
                    sent.incrementAndGet();
                }
            }, ThreadLocalRandom.current().nextLong(INTERVAL.toMillis()), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }
        // The same load first warms the server up (JIT, pools, caches); only then are lines timed.
        Thread.sleep(WARM_UP.toMillis());
        measuring = true;
        Thread.sleep(MEASURE.toMillis());
        clock.shutdownNow();
        clock.awaitTermination(10, TimeUnit.SECONDS);
        Thread.sleep(10_000);

        System.out.println(delivered.summary("visitor send → agent console", MEASURE.toSeconds()));
        System.out.printf(Locale.ROOT, "sent %d lines, delivered %d, not delivered %d, errors %d%n", sent.get(),
                delivered.count(), sentAt.size(), unexpected.get());
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/"
                + System.getProperty("bench.database", "relais_bench"), "postgres", "");
             PreparedStatement recorded = db.prepareStatement(
                     "select count(*) from ch_inbound_raw where provider_message_id like ? and provider_message_id not like ?")) {
            recorded.setString(1, "chat:bench" + run + "%");
            recorded.setString(2, "%:first");
            // warm-up lines are in the database too: at least as many as were timed
            try (ResultSet count = recorded.executeQuery()) {
                count.next();
                System.out.printf(Locale.ROOT, "lines in the database: %d%n", count.getLong(1));
                assertTrue(count.getLong(1) >= delivered.count(), "every line delivered was recorded first");
            }
            hops(db, run);
        }
        for (WebSocket socket : visitors) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        consoles.forEach(socket -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye"));
        assertEquals(0, sentAt.size(), "every line reached its agent");
    }
}
