package io.relais.bench;

import io.relais.it.support.RelaisClient;
import io.relais.shared.Ids;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import static io.relais.it.support.Eventually.pause;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sweep that fires service clocks, on PostgreSQL: 10,000 running clocks whose deadline has
 * passed (as after a night with the server down) are committed at once, among 50,000 clocks that are
 * not due; the server's own sweep finds and fires them (one breach recorded per clock). The figure
 * is the sweep's duration as the server measures it, checked against the rows it wrote.
 */
class ClockSweepBench {

    private static final int DUE = Integer.getInteger("bench.dueClocks", 10_000);
    private static final int NOT_DUE = Integer.getInteger("bench.pendingClocks", 50_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    @Test
    void tenThousandDueClocksFireInOneSweep() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("bench.database", "relais_bench")
                + "?reWriteBatchedInserts=true";
        RelaisClient supervisor = RelaisClient.basic(RelaisClient.SUPERVISOR, RelaisClient.SUPERVISOR_PASSWORD);
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            insert(connection, NOT_DUE, Instant.now().plus(Duration.ofDays(2)), "bench-pending");
            for (int round = 1; round <= ROUNDS; round++) {
                Instant before = Instant.now();
                UUID marker = insert(connection, DUE, before.minus(Duration.ofHours(1)), "bench-due");
                Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
                while (breached(connection, marker) < DUE && Instant.now().isBefore(deadline)) {
                    pause(Duration.ofMillis(200));
                }
                assertEquals(DUE, breached(connection, marker), "every due clock fired");
                assertEquals(DUE, alerts(connection, marker), "one breach recorded per clock");
                JsonObject report = (JsonObject) json(supervisor.get("/api/commitments/sweep"));
                assertTrue(Instant.parse(report.getString("at")).isAfter(before), report.toString());
                assertEquals(DUE, report.getInt("fired"), "one sweep fired them all: " + report);
                System.out.printf(Locale.ROOT, "[bench] clock sweep round %d: %,d due clocks (among %,d not due) "
                                + "found and fired in %,d ms (%,.0f clocks/s), PostgreSQL%n", round, DUE, NOT_DUE,
                        report.getJsonNumber("millis").longValue(),
                        DUE * 1000.0 / Math.max(1, report.getJsonNumber("millis").longValue()));
            }
            try (Statement cleanUp = connection.createStatement()) {
                cleanUp.execute("delete from rt_clock_alert where clock_id in (select id from rt_clock "
                        + "where segment in ('bench-due', 'bench-pending'))");
                cleanUp.execute("delete from rt_clock where segment in ('bench-due', 'bench-pending')");
            }
        }
    }

    /** Running first-response clocks, in one transaction; the batch is marked by its customer id. */
    private static UUID insert(Connection connection, int count, Instant deadline, String segment) throws SQLException {
        UUID marker = Ids.newId();
        connection.setAutoCommit(false);
        Timestamp started = Timestamp.from(deadline.minus(Duration.ofHours(4)));
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into rt_clock (id, conversation_id, customer_id, kind, channel, segment, target_seconds,
                    warning_percent, started_at, running_since, spent_seconds, warn_at, deadline, due_at, warned_at,
                    version)
                values (?, ?, ?, 'FIRST_RESPONSE', 'EMAIL', ?, 14400, 80, ?, ?, 0, ?, ?, ?, ?, 0)""")) {
            for (int i = 0; i < count; i++) {
                insert.setObject(1, Ids.newId());
                insert.setObject(2, Ids.newId());
                insert.setObject(3, marker);
                insert.setString(4, segment);
                insert.setTimestamp(5, started);
                insert.setTimestamp(6, started);
                insert.setTimestamp(7, Timestamp.from(deadline.minus(Duration.ofMinutes(48))));
                insert.setTimestamp(8, Timestamp.from(deadline));
                insert.setTimestamp(9, Timestamp.from(deadline));
                insert.setTimestamp(10, Timestamp.from(deadline.minus(Duration.ofMinutes(48))));
                insert.addBatch();
                if (i % 1_000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        return marker;
    }

    private static int breached(Connection connection, UUID marker) throws SQLException {
        return count(connection, "select count(*) from rt_clock where customer_id = ? and breached_at is not null",
                marker);
    }

    private static int alerts(Connection connection, UUID marker) throws SQLException {
        return count(connection, "select count(*) from rt_clock_alert a join rt_clock c on c.id = a.clock_id "
                + "where c.customer_id = ? and a.level = 'BREACH'", marker);
    }

    private static int count(Connection connection, String sql, UUID marker) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, marker);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
