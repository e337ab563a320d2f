package io.relais.bench;

import io.relais.it.support.RelaisClient;
import io.relais.shared.Ids;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agent inbox over REST with 100,000 open conversations on PostgreSQL: first pages and
 * keyset pages further in, read by concurrent API clients with a bearer token.
 */
class InboxBench {

    private static final int CONVERSATIONS = Integer.getInteger("bench.conversations", 100_000);
    private static final int CUSTOMERS = CONVERSATIONS / 5;
    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 15));
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
    private static final Pattern STARTED = Pattern.compile("The (\\S+) server started in ([0-9.]+) seconds");
    private static final Pattern APP_STARTED = Pattern.compile("Application relais started in ([0-9.]+) seconds");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void inboxListingWithOneHundredThousandOpenConversations() throws Exception {
        printStartUpTimes();
        seed();
        String token = RelaisClient.issueToken(RelaisClient.AGENT, "inbox benchmark");
        long open = Long.parseLong(RelaisClient.bearer(token).get("/api/inbox/count").body());
        assertTrue(open >= CONVERSATIONS, "open conversations: " + open);
        List<String> cursors = sampleCursors(token);

        run(token, cursors, WARM_UP, new Latencies());
        Latencies firstPages = new Latencies();
        Latencies deepPages = new Latencies();
        long started = System.nanoTime();
        run(token, cursors, MEASURE, firstPages, deepPages);
        double seconds = (System.nanoTime() - started) / 1e9;

        Latencies all = new Latencies();
        all.addAll(firstPages);
        all.addAll(deepPages);
        System.out.println("[bench] inbox over REST, " + open + " open conversations, " + CLIENTS
                + " concurrent clients, pages of 50, PostgreSQL");
        System.out.println("[bench] " + all.summary("all pages", seconds));
        System.out.println("[bench] " + firstPages.summary("first page", seconds));
        System.out.println("[bench] " + deepPages.summary("keyset page further in", seconds));
    }

    /** Half the requests read the first page, half continue from a cursor somewhere in the inbox. */
    private void run(String token, List<String> cursors, Duration duration, Latencies... into) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long deadline = System.nanoTime() + duration.toNanos();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    boolean deep = ThreadLocalRandom.current().nextBoolean();
                    String path = deep
                            ? "/api/inbox?limit=50&after=" + cursors.get(ThreadLocalRandom.current().nextInt(cursors.size()))
                            : "/api/inbox?limit=50";
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(request(token, path), HttpResponse.BodyHandlers.ofString());
                    long elapsed = System.nanoTime() - t0;
                    assertEquals(200, response.statusCode(), response.body());
                    into[into.length == 1 || !deep ? 0 : 1].add(elapsed);
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
    }

    private HttpRequest request(String token, String path) {
        return HttpRequest.newBuilder(URI.create(RelaisClient.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
    }

    /** Cursors spread over the whole inbox, collected by walking it once with large pages. */
    private List<String> sampleCursors(String token) {
        List<String> cursors = new ArrayList<>();
        String after = null;
        do {
            HttpResponse<String> response = RelaisClient.bearer(token)
                    .get("/api/inbox?limit=200" + (after == null ? "" : "&after=" + after));
            JsonObject page = Json.createReader(new StringReader(response.body())).readObject();
            after = page.isNull("next") ? null : page.getString("next");
            if (after != null && cursors.size() < 2_000) {
                cursors.add(after);
            }
        } while (after != null);
        return cursors;
    }


    /** Bulk rows straight into the timeline's tables, as a data migration would bring them. */
    private void seed() throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("bench.database", "relais_bench")
                + "?reWriteBatchedInserts=true";
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            connection.setAutoCommit(false);
            Instant now = Instant.now();
            List<UUID> customers = new ArrayList<>(CUSTOMERS);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into tl_customer (id, display_name, name_key, preferred_language, created_at) values (?, ?, ?, 'fr', ?)")) {
                for (int i = 0; i < CUSTOMERS; i++) {
                    UUID id = Ids.newId();
                    customers.add(id);
                    insert.setObject(1, id);
                    insert.setString(2, "Client " + i);
                    insert.setString(3, "client " + i);
                    insert.setTimestamp(4, Timestamp.from(now));
                    insert.addBatch();
                    if (i % 1_000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            String[] channels = {"EMAIL", "CHAT", "SMS", "MESSENGER", "X", "PHONE", "LETTER"};
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into tl_conversation (id, customer_id, subject, status, active, priority, opened_at,
                        last_activity_at, last_channel, last_preview, waiting_since, version)
                    values (?, ?, ?, 'OPEN', true, 2, ?, ?, ?, ?, ?, 0)""")) {
                for (int i = 0; i < CONVERSATIONS; i++) {
                    Timestamp at = Timestamp.from(now.minusSeconds(ThreadLocalRandom.current().nextLong(3_600 * 24 * 30)));
                    insert.setObject(1, Ids.newId());
                    insert.setObject(2, customers.get(i % CUSTOMERS));
                    insert.setString(3, "Demande " + i);
                    insert.setTimestamp(4, at);
                    insert.setTimestamp(5, at);
                    insert.setString(6, channels[i % channels.length]);
                    insert.setString(7, "Bonjour, je vous écris au sujet de ma commande " + i + ", toujours pas livrée.");
                    insert.setTimestamp(8, at);
                    insert.addBatch();
                    if (i % 1_000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("analyze tl_customer");
                analyze.execute("analyze tl_conversation");
            }
        }
        System.out.printf("[bench] seeded %,d customers and %,d open conversations in %.1f s%n",
                CUSTOMERS, CONVERSATIONS, (System.nanoTime() - started) / 1e9);
    }

    /** Liberty's own account of each start of this build, from the two servers' logs. */
    private static void printStartUpTimes() throws IOException {
        Path servers = Path.of("target", "liberty", "wlp", "usr", "servers");
        for (String name : new String[]{"h2-it", "postgresql-it"}) {
            Path log = servers.resolve(name).resolve("logs").resolve("messages.log");
            if (!Files.exists(log)) {
                continue;
            }
            String text = Files.readString(log);
            Matcher ready = STARTED.matcher(text);
            Matcher app = APP_STARTED.matcher(text);
            if (ready.find()) {
                System.out.println("[bench] start-up to ready, server " + ready.group(1) + ": " + ready.group(2)
                        + " s (application " + (app.find() ? app.group(1) + " s" : "not started") + ")");
            }
        }
    }
}
