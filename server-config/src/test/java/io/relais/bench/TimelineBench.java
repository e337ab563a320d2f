package io.relais.bench;

import com.fasterxml.uuid.Generators;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.relais.bench.probe.RecordingProbe;
import io.relais.it.support.RelaisClient;
import io.relais.shared.Channel;
import io.relais.shared.Ids;
import io.relais.timeline.boundary.Timeline;
import io.relais.timeline.boundary.TimelineSchema;
import io.relais.timeline.control.NameKeyBackfill;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The customer timeline on PostgreSQL with 100,000 customers and 1,000,000 interactions, plus
 * three long histories (5,000, 10,000 and 1,000,000 interactions): the first page of each, read
 * over REST and timed by the client (an upper bound of the time in the server); then inbound
 * contacts recorded by 4 concurrent producers (identity resolution, conversation, insert), in
 * the server as the channel adapters will ({@link RecordingProbe}) and over REST.
 */
@ExtendWith(ArquillianExtension.class)
class TimelineBench {

    /** The timeline module's own classes and libraries next to Relais, without its schema start-up (Relais ran it). */
    @Deployment(testable = false)
    static WebArchive recordingProbe() throws Exception {
        return ShrinkWrap.create(WebArchive.class, "relais-bench-probe.war")
                .addPackage(RecordingProbe.class.getPackage())
                .addPackages(true, Timeline.class.getPackage().getName().replace(".boundary", ""))
                .addPackages(true, Channel.class.getPackage())
                .deleteClass(TimelineSchema.class)
                .deleteClass(NameKeyBackfill.class)
                .addAsResource(new File(codeOf(Timeline.class), "META-INF/persistence.xml"), "META-INF/persistence.xml")
                .addAsLibraries(jarOf(Jsoup.class), jarOf(PhoneNumberUtil.class), jarOf(Generators.class));
    }

    private static File codeOf(Class<?> type) throws Exception {
        File location = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (location.isDirectory()) {
            return location;
        }
        File unpacked = Files.createTempDirectory("relais-timeline").toFile();
        try (var jar = new java.util.jar.JarFile(location)) {
            var entry = jar.getJarEntry("META-INF/persistence.xml");
            File target = new File(unpacked, "META-INF/persistence.xml");
            target.getParentFile().mkdirs();
            Files.copy(jar.getInputStream(entry), target.toPath());
        }
        return unpacked;
    }

    private static File jarOf(Class<?> type) throws Exception {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @ArquillianResource
    URL probe;

    private static final int CUSTOMERS = Integer.getInteger("bench.customers", 100_000);
    private static final int INTERACTIONS = Integer.getInteger("bench.interactions", 1_000_000);
    private static final int[] LONG_HISTORIES = {5_000, 10_000, Integer.getInteger("bench.longestHistory", 1_000_000)};
    private static final int READS = Integer.getInteger("bench.reads", 2_000);
    private static final int PRODUCERS = 4;
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 15));
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
    /** The recording path is long (EJB, JPA, JDBC): the JIT needs about a minute before it runs at full speed. */
    private static final Duration RECORDING_WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.recordingWarmupSeconds", 60));
    private static final String[] CHANNELS = {"EMAIL", "CHAT", "SMS", "MESSENGER", "WHATSAPP", "PHONE", "LETTER"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void timelinePagesAndInboundRecording() throws Exception {
        Map<Integer, UUID> longHistories = seed();
        String token = RelaisClient.issueToken(RelaisClient.AGENT, "timeline benchmark");

        // Round robin over the three customers, so that warm-up and machine noise fall on each alike.
        List<Integer> lengths = List.copyOf(longHistories.keySet());
        Map<Integer, Latencies> timings = new LinkedHashMap<>();
        lengths.forEach(length -> timings.put(length, new Latencies()));
        for (int round = 0; round < READS / 4; round++) {
            for (int length : lengths) {
                read(token, timelinePath(longHistories.get(length)), new Latencies());
            }
        }
        long readsStarted = System.nanoTime();
        for (int round = 0; round < READS; round++) {
            for (int length : lengths) {
                read(token, timelinePath(longHistories.get(length)), timings.get(length));
            }
        }
        double readSeconds = (System.nanoTime() - readsStarted) / 1e9;
        for (int length : lengths) {
            System.out.printf("[bench] timeline first page (50 entries), customer with %,d interactions, one client,"
                    + " %,d reads interleaved with the other two histories%n", length, READS);
            System.out.println("[bench]   " + timings.get(length).summary("round trip", readSeconds));
        }

        HttpResponse<String> inServer = http.send(HttpRequest.newBuilder(URI.create(probe + "recording?producers="
                                + PRODUCERS + "&seconds=" + RECORDING_WARM_UP.toSeconds() + "&customers=" + CUSTOMERS))
                        .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, inServer.statusCode(), inServer.body());
        inServer = http.send(HttpRequest.newBuilder(URI.create(probe + "recording?producers="
                                + PRODUCERS + "&seconds=" + MEASURE.toSeconds() + "&customers=" + CUSTOMERS))
                        .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, inServer.statusCode(), inServer.body());
        JsonObject measured = Json.createReader(new StringReader(inServer.body())).readObject();
        System.out.printf(Locale.ROOT, "[bench] inbound contacts recorded in the server (Timeline.receive), %d producers,"
                        + " 90%% from known senders%n", PRODUCERS);
        System.out.printf(Locale.ROOT, "[bench]   recorded: %d in %.1f s = %.0f/s; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms,"
                        + " max %.2f ms; new customers %d%n", measured.getInt("recorded"),
                measured.getJsonNumber("seconds").doubleValue(), measured.getJsonNumber("perSecond").doubleValue(),
                measured.getJsonNumber("p50").doubleValue(), measured.getJsonNumber("p95").doubleValue(),
                measured.getJsonNumber("p99").doubleValue(), measured.getJsonNumber("max").doubleValue(),
                measured.getInt("newCustomers"));

        record(token, RECORDING_WARM_UP, new Latencies(), new AtomicLong());
        Latencies recording = new Latencies();
        AtomicLong newCustomers = new AtomicLong();
        long started = System.nanoTime();
        record(token, MEASURE, recording, newCustomers);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("[bench] inbound contacts over REST (POST /api/contacts, bearer token), %d concurrent"
                + " producers, %d%% from known senders%n", PRODUCERS, 90);
        System.out.println("[bench]   " + recording.summary("recorded", seconds) + "; new customers " + newCustomers.get());
    }

    private void read(String token, String path, Latencies latencies) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(get(token, path), HttpResponse.BodyHandlers.ofString());
        latencies.add(System.nanoTime() - t0);
        assertEquals(200, response.statusCode(), response.body());
    }

    /** Each producer sends contacts: nine in ten from a known sender (an existing customer), one from someone new. */
    private void record(String token, Duration duration, Latencies latencies, AtomicLong newCustomers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PRODUCERS);
        long deadline = System.nanoTime() + duration.toNanos();
        List<Future<?>> producers = new ArrayList<>();
        for (int p = 0; p < PRODUCERS; p++) {
            producers.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline) {
                    String sender = random.nextInt(10) == 0 ? "nouveau-" + UUID.randomUUID() + "@bench.exemple.fr"
                            : "client" + random.nextInt(CUSTOMERS) + "@bench.exemple.fr";
                    String body = "{\"channel\":\"EMAIL\",\"senderKind\":\"EMAIL\",\"sender\":\"" + sender
                            + "\",\"senderName\":\"Client\",\"providerMessageId\":\"" + UUID.randomUUID()
                            + "\",\"text\":\"Bonjour, où en est ma commande ? Merci d'avance.\"}";
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                    URI.create(RelaisClient.baseUrl() + "/api/contacts"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    latencies.add(System.nanoTime() - t0);
                    assertEquals(201, response.statusCode(), response.body());
                    if (response.body().contains("\"newCustomer\":true")) {
                        newCustomers.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> producer : producers) {
            producer.get();
        }
        pool.shutdown();
    }

    private static String timelinePath(UUID customer) {
        return "/api/customers/" + customer + "/timeline?limit=50";
    }

    private HttpRequest get(String token, String path) {
        return HttpRequest.newBuilder(URI.create(RelaisClient.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
    }


    /**
     * Bulk rows straight into the timeline's tables: customers with an email identity and one
     * conversation each, interactions spread over them over two years, then the long histories.
     */
    private Map<Integer, UUID> seed() throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("bench.database", "relais_bench")
                + "?reWriteBatchedInserts=true";
        long started = System.nanoTime();
        Map<Integer, UUID> longHistories = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            connection.setAutoCommit(false);
            Instant now = Instant.now();
            UUID[] customers = new UUID[CUSTOMERS];
            UUID[] conversations = new UUID[CUSTOMERS];
            try (PreparedStatement customer = connection.prepareStatement("insert into tl_customer (id, display_name,"
                    + " name_key, preferred_language, created_at) values (?, ?, ?, 'fr', ?)");
                 PreparedStatement identity = connection.prepareStatement("insert into tl_identity (id, customer_id,"
                         + " kind, identity_value, valid) values (?, ?, 'EMAIL', ?, true)");
                 PreparedStatement conversation = connection.prepareStatement("""
                         insert into tl_conversation (id, customer_id, subject, status, active, priority, opened_at,
                             last_activity_at, version)
                         values (?, ?, ?, 'WAITING_FOR_CUSTOMER', true, 2, ?, ?, 0)""")) {
                Timestamp opened = Timestamp.from(now.minus(Duration.ofDays(1)));
                for (int i = 0; i < CUSTOMERS; i++) {
                    customers[i] = Ids.newId();
                    conversations[i] = Ids.newId();
                    customer.setObject(1, customers[i]);
                    customer.setString(2, "Client Banc " + i);
                    customer.setString(3, "client banc " + i);
                    customer.setTimestamp(4, Timestamp.from(now));
                    customer.addBatch();
                    identity.setObject(1, Ids.newId());
                    identity.setObject(2, customers[i]);
                    identity.setString(3, "client" + i + "@bench.exemple.fr");
                    identity.addBatch();
                    conversation.setObject(1, conversations[i]);
                    conversation.setObject(2, customers[i]);
                    conversation.setString(3, "Suivi de commande " + i);
                    conversation.setTimestamp(4, opened);
                    conversation.setTimestamp(5, opened);
                    conversation.addBatch();
                    if (i % 1_000 == 999) {
                        customer.executeBatch();
                        identity.executeBatch();
                        conversation.executeBatch();
                    }
                }
                customer.executeBatch();
                identity.executeBatch();
                conversation.executeBatch();
            }
            connection.commit();
            insertInteractions(connection, customers, conversations, INTERACTIONS, now);
            for (int length : LONG_HISTORIES) {
                int index = ThreadLocalRandom.current().nextInt(CUSTOMERS);
                insertInteractions(connection, new UUID[]{customers[index]}, new UUID[]{conversations[index]}, length, now);
                longHistories.put(length, customers[index]);
            }
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("analyze tl_customer");
                analyze.execute("analyze tl_identity");
                analyze.execute("analyze tl_conversation");
                analyze.execute("analyze tl_interaction");
            }
        }
        System.out.printf("[bench] seeded %,d customers and %,d interactions, plus histories of %s, in %.1f s%n",
                CUSTOMERS, INTERACTIONS, longHistories.keySet(), (System.nanoTime() - started) / 1e9);
        return longHistories;
    }

    /** {@code count} interactions spread over the given customers (same index, same conversation), over two years. */
    private static void insertInteractions(Connection connection, UUID[] customers, UUID[] conversations, int count,
                                           Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into tl_interaction (id, conversation_id, customer_id, channel, direction, kind, occurred_at,
                    body_text)
                values (?, ?, ?, ?, ?, 'MESSAGE', ?, ?)""")) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int i = 0; i < count; i++) {
                int who = customers.length == 1 ? 0 : random.nextInt(customers.length);
                insert.setObject(1, Ids.newId());
                insert.setObject(2, conversations[who]);
                insert.setObject(3, customers[who]);
                String channel = CHANNELS[i % CHANNELS.length];
                insert.setString(4, channel);
                insert.setString(5, i % 2 == 0 ? "INBOUND" : "OUTBOUND");
                insert.setTimestamp(6, Timestamp.from(now.minusSeconds(random.nextLong(3_600L * 24 * 730))));
                insert.setString(7, "Message " + i + " : bonjour, je reviens vers vous au sujet de ma commande.");
                insert.addBatch();
                if (i % 2_000 == 1_999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }
}
