package io.relais.bench;

import io.relais.it.support.WebhookSender;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The inbound pipeline end to end on PostgreSQL: signed webhook calls at a fixed offered rate
 * (open loop: each client keeps its schedule whatever the answers take), each answered once its
 * message is durably queued, then recorded by the listener through the timeline. The delay from
 * queued to recorded is read from the database ({@code ch_inbound_raw.received_at} is set when the
 * message is accepted, {@code recorded_at} when the listener records it).
 */
class PipelineBench {

    private static final int RATE = Integer.getInteger("bench.rate", 1000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 15));
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 60));
    private static final int SENDERS = Integer.getInteger("bench.senders", 20_000);

    @Test
    void messagesPerSecondAndDelayFromQueuedToRecorded() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant warmUpStart = Instant.now();
        int warmUp = offer(run + "-w", RATE, WARM_UP, new Latencies(), null, 202);
        drain(warmUpStart, warmUp, Duration.ofSeconds(300));

        Latencies accepted = new Latencies();
        Instant start = Instant.now();
        int sent = offer(run, RATE, MEASURE, accepted, null, 202);
        Instant lastAccepted = Instant.now();
        Instant drained = drain(start, accepted.count(), Duration.ofSeconds(600));
        double offeredSeconds = Duration.between(start, lastAccepted).toNanos() / 1e9;
        double recordingSeconds = Duration.between(start, drained).toNanos() / 1e9;

        try (Connection db = database();
             PreparedStatement delays = db.prepareStatement("""
                     select count(*),
                            percentile_cont(0.50) within group (order by extract(epoch from recorded_at - received_at)),
                            percentile_cont(0.95) within group (order by extract(epoch from recorded_at - received_at)),
                            percentile_cont(0.99) within group (order by extract(epoch from recorded_at - received_at)),
                            max(extract(epoch from recorded_at - received_at))
                     from ch_inbound_raw where received_at >= ? and provider_message_id like ?""")) {
            delays.setTimestamp(1, Timestamp.from(start));
            delays.setString(2, "bench-" + run + "-%");
            try (ResultSet row = delays.executeQuery()) {
                row.next();
                long recorded = row.getLong(1);
                System.out.printf(Locale.ROOT, "[bench] pipeline, offered %d msg/s by %d clients for %.0f s: %d sent, %d accepted (202)%n",
                        RATE, CLIENTS, offeredSeconds, sent, accepted.count());
                System.out.println("[bench]   " + accepted.summary("webhook answered (queued durably)", offeredSeconds));
                System.out.printf(Locale.ROOT, "[bench]   recorded %d in %.1f s from the first call = %.0f msg/s end to end%n",
                        recorded, recordingSeconds, recorded / recordingSeconds);
                System.out.printf(Locale.ROOT, "[bench]   queued -> recorded: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                        row.getDouble(2) * 1000, row.getDouble(3) * 1000, row.getDouble(4) * 1000, row.getDouble(5) * 1000);
                assertEquals(accepted.count(), recorded, "every accepted message is recorded, once");
            }
        }
        ceiling(run);
    }

    /**
     * What HTTP, JAX-RS and the signature check alone cost on this machine, on the server now warm:
     * the same calls as fast as the clients can send them, refused at the check.
     */
    private void ceiling(String run) throws Exception {
        String forger = "not-the-secret";
        offer(run + "-c", Integer.MAX_VALUE, Duration.ofSeconds(5), new Latencies(), forger, 401);
        Latencies refused = new Latencies();
        Duration ceiling = Duration.ofSeconds(20);
        offer(run + "-c", Integer.MAX_VALUE, ceiling, refused, forger, 401);
        System.out.println("[bench]   " + refused.summary("ceiling: calls refused at the signature check (401), "
                + CLIENTS + " clients without pause", ceiling.toSeconds()));
    }

    /**
     * Sends at {@code rate} messages per second for {@code duration}, signed with {@code secret} (the
     * servers' own if null); times the answers with {@code expected} status; returns how many were sent.
     */
    private int offer(String run, int rate, Duration duration, Latencies accepted, String secret, int expected)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger sent = new AtomicInteger();
        long interval = 1_000_000_000L * CLIENTS / rate;
        long end = System.nanoTime() + duration.toNanos();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                WebhookSender webhook = secret == null ? new WebhookSender() : new WebhookSender(secret);
                long next = System.nanoTime() + interval * client / CLIENTS;
                int n = 0;
                // A client behind its schedule sends without pause, until the duration is over.
                while (next < end && System.nanoTime() < end) {
                    LockSupport.parkNanos(next - System.nanoTime());
                    int customer = ThreadLocalRandom.current().nextInt(SENDERS);
                    String body = Json.createObjectBuilder()
                            .add("channel", "EMAIL").add("senderKind", "EMAIL")
                            .add("sender", "client" + customer + "@bench.exemple.fr")
                            .add("messageId", "bench-" + run + "-" + client + "-" + n++)
                            .add("subject", "Commande " + customer)
                            .add("text", "Bonjour, où en est ma commande " + customer + " ? Merci.")
                            .build().toString();
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = webhook.post(body);
                    if (response.statusCode() == expected) {
                        accepted.add(System.nanoTime() - t0);
                    }
                    sent.incrementAndGet();
                    next += interval;
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        return sent.get();
    }

    /** Waits until the queue is empty: no message recorded for two seconds. */
    /**
     * Waits until the messages accepted since {@code since} are recorded (or none has been for 30 s,
     * which the assertion then reports); returns when the last one was.
     */
    private Instant drain(Instant since, long expected, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        long last = -1;
        Instant lastChange = Instant.now();
        try (Connection db = database();
             PreparedStatement count = db.prepareStatement("select count(*), max(recorded_at) from ch_inbound_raw where received_at >= ?")) {
            count.setTimestamp(1, Timestamp.from(since));
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    long now = row.getLong(1);
                    if (now != last) {
                        last = now;
                        lastChange = Instant.now();
                    }
                    if (now >= expected || Duration.between(lastChange, Instant.now()).toSeconds() > 30) {
                        Timestamp latest = row.getTimestamp(2);
                        return latest == null ? Instant.now() : latest.toInstant();
                    }
                }
                Thread.sleep(200);
            }
        }
        return fail("the queue did not drain within " + patience);
    }

    private static Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("bench.database", "relais_bench"),
                "postgres", "");
    }
}
