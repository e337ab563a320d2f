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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import static io.relais.it.support.Eventually.pause;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Assignment decisions on PostgreSQL with 500 agents available and 50,000 conversations waiting,
 * as a Monday morning after a long weekend: agents with one or two of five skills, conversations
 * needing one of them (or none) across email, chat and X, deadlines spread over two days. The
 * dispatcher assigns until every agent is full; each transaction of decisions (the most urgent
 * conversations someone can take, each to its owner or the least-loaded agent who can, both locked
 * and checked, assigned, committed) is timed by the server, each decision at its share, and the
 * figures are their percentiles. Three rounds, all back to waiting between them: the first on a
 * server just started, the others on one that has run the code.
 */
class AssignmentBench {

    private static final int AGENTS = Integer.getInteger("bench.agents", 500);
    private static final int WAITING = Integer.getInteger("bench.waiting", 50_000);
    /** The first round runs on a server just started; the next ones on one that has run this code. */
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    /**
     * A lone decision's code runs only for lone decisions, so the JIT compiles it only after some
     * thousands of them, as a server does in its first hours; series of 1,000 show both the server
     * still compiling (the first) and the one that has (the last).
     */
    private static final int LONE = Integer.getInteger("bench.loneDecisions", 1_000);
    private static final int LONE_SERIES = Integer.getInteger("bench.loneSeries", 4);
    private static final String[] SKILLS = {"facturation", "technique", "resiliation", "livraison", "premium"};
    private static final String[] CHANNELS = {"EMAIL", "EMAIL", "EMAIL", "CHAT", "X"};

    @Test
    void assignmentDecisionsWithFiveHundredAgentsAndFiftyThousandWaiting() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("bench.database", "relais_bench")
                + "?reWriteBatchedInserts=true";
        // A token, not Basic: the bench polls, and each Basic call would hash a password in the server.
        RelaisClient admin = RelaisClient.withIssuedToken(RelaisClient.ADMIN, "assignment benchmark");
        UUID marker = Ids.newId();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            long seeding = System.nanoTime();
            seed(connection, marker);
            System.out.printf(Locale.ROOT, "[bench] seeded %,d available agents and %,d waiting conversations in "
                    + "%.1f s%n", AGENTS, WAITING, (System.nanoTime() - seeding) / 1e9);

            for (int round = 1; round <= ROUNDS; round++) {
                if (round > 1) {
                    unassign(connection, marker);
                    vacuum(connection);
                }
                JsonObject report = dispatchUntilQuiet(admin);
                int decisions = report.getInt("decisions");
                assertTrue(decisions > AGENTS, "assignments made: " + decisions);
                // The dispatcher's 10 s tick may start before the measurement's reset: more rows than decisions.
                assertTrue(assigned(connection, marker) >= decisions, "each decision is an assigned conversation");
                System.out.printf(Locale.ROOT, "[bench] round %d: assignment decisions with %,d agents available and "
                                + "%,d waiting (PostgreSQL): %,d decisions; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, "
                                + "max %.2f ms%n", round, AGENTS, WAITING, decisions,
                        report.getJsonNumber("p50Millis").doubleValue(), report.getJsonNumber("p95Millis").doubleValue(),
                        report.getJsonNumber("p99Millis").doubleValue(), report.getJsonNumber("maxMillis").doubleValue());
                System.out.printf(Locale.ROOT, "[bench] round %d: their %,d transactions (%.1f decisions each on "
                                + "average, locked reads, writes, commit): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", round,
                        report.getInt("transactions"), (double) decisions / Math.max(1, report.getInt("transactions")),
                        report.getJsonNumber("transactionP50Millis").doubleValue(),
                        report.getJsonNumber("transactionP95Millis").doubleValue(),
                        report.getJsonNumber("transactionP99Millis").doubleValue());
            }
            for (int series = 1; series <= LONE_SERIES; series++) {
                loneDecisions(connection, admin, marker, series);
            }
            cleanUp(connection, marker);
        }
    }

    /** Asks for a dispatch and waits until nothing has moved for 5 s; returns the server's report. */
    private static JsonObject dispatchUntilQuiet(RelaisClient admin) throws Exception {
        assertEquals(202, admin.post("/api/routing/dispatch?reset=true", "").statusCode());
        int decisions = -1;
        Instant quietSince = Instant.now();
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(10));
        JsonObject report = null;
        while (Instant.now().isBefore(giveUp)) {
            pause(Duration.ofSeconds(1));
            report = (JsonObject) json(admin.get("/api/routing/dispatch"));
            if (report.getInt("decisions") != decisions) {
                decisions = report.getInt("decisions");
                quietSince = Instant.now();
            } else if (Duration.between(quietSince, Instant.now()).toSeconds() >= 5) {
                break;
            }
        }
        return report;
    }

    /**
     * Then, every agent full and 46,000 still waiting, one place frees up at a time (a conversation
     * ends, here in the database, and the dispatch call names the agent) and the dispatcher makes that
     * one decision alone: its time is all of a round (the freed agent's read, the most urgent he can
     * take, the locked reads, the writes, the commit).
     */
    private static void loneDecisions(Connection connection, RelaisClient admin, UUID marker, int series)
            throws Exception {
        dispatchUntilQuiet(admin);
        vacuum(connection);
        List<Object[]> held = new ArrayList<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("select conversation_id, agent_id, units from rt_routing "
                     + "where customer_id = '" + marker + "' and state = 'ASSIGNED' order by random() limit " + LONE)) {
            while (rows.next()) {
                held.add(new Object[]{rows.getObject(1), rows.getObject(2), rows.getInt(3)});
            }
        }
        try (PreparedStatement end = connection.prepareStatement("update rt_routing set state = 'PARKED', "
                + "agent_id = null, units = 0, version = version + 1 where conversation_id = ?");
             PreparedStatement release = connection.prepareStatement("update rt_agent set load_units = load_units - ?, "
                     + "version = version + 1 where staff_id = ?")) {
            for (int i = 0; i < held.size(); i++) {
                end.setObject(1, held.get(i)[0]);
                end.executeUpdate();
                release.setInt(1, (Integer) held.get(i)[2]);
                release.setObject(2, held.get(i)[1]);
                release.executeUpdate();
                // Named, as the event of a conversation ending names its agent: only his row is read again.
                assertEquals(202, admin.post("/api/routing/dispatch?agent=" + held.get(i)[1], "").statusCode());
                Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
                do {
                    // The first look comes after the decision's usual time, so that the bench's own calls
                    // do not share the two cores with the decision they measure.
                    pause(Duration.ofMillis(25));
                    assertTrue(Instant.now().isBefore(giveUp), "the freed place was filled");
                } while (((JsonObject) json(admin.get("/api/routing/dispatch"))).getInt("decisions") < i + 1);
            }
        }
        JsonObject report = (JsonObject) json(admin.get("/api/routing/dispatch"));
        assertEquals(held.size(), report.getInt("transactions"), "one transaction per freed place");
        System.out.printf(Locale.ROOT, "[bench] lone decisions, series %d (one place freed at a time, every other "
                        + "agent full, %,d waiting): %,d decisions; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                series, waiting(connection, marker), report.getInt("decisions"), report.getJsonNumber("p50Millis").doubleValue(),
                report.getJsonNumber("p95Millis").doubleValue(), report.getJsonNumber("p99Millis").doubleValue(),
                report.getJsonNumber("maxMillis").doubleValue());
    }

    private static int assigned(Connection connection, UUID marker) throws SQLException {
        return count(connection, marker, "ASSIGNED");
    }

    private static int waiting(Connection connection, UUID marker) throws SQLException {
        return count(connection, marker, "WAITING");
    }

    private static int count(Connection connection, UUID marker, String state) throws SQLException {
        try (Statement count = connection.createStatement();
             ResultSet rows = count.executeQuery("select count(*) from rt_routing where customer_id = '" + marker
                     + "' and state = '" + state + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Back to the start for the next round: every conversation waiting again, no owner, every agent free. */
    private static void unassign(Connection connection, UUID marker) throws SQLException {
        try (Statement reset = connection.createStatement()) {
            reset.execute("update rt_routing set state = 'WAITING', agent_id = null, owner_id = null, units = 0, "
                    + "assigned_at = null, version = version + 1 where customer_id = '" + marker + "'");
            reset.execute("update rt_agent set load_units = 0, version = version + 1 where team = '" + marker + "'");
        }
    }

    /**
     * Agents (staff accounts that cannot sign in: the hash is no PBKDF2 hash) and waiting conversations.
     * What earlier benchmarks left waiting (the timeline's contacts over REST, the pipeline's messages:
     * every door queues its contacts) leaves the line first: this bench's agents would take it, and
     * its decisions would not all be its own.
     */
    private static void seed(Connection connection, UUID marker) throws SQLException {
        try (Statement park = connection.createStatement()) {
            park.execute("update rt_routing set state = 'PARKED', version = version + 1 where state = 'WAITING'");
        }
        connection.setAutoCommit(false);
        Random random = new Random(7);
        Instant now = Instant.now();
        List<UUID> agents = new ArrayList<>();
        try (PreparedStatement staff = connection.prepareStatement("insert into st_staff (id, username, display_name, "
                + "password_hash, active, created_at) values (?, ?, ?, 'bench', true, ?)");
             PreparedStatement agent = connection.prepareStatement("insert into rt_agent (staff_id, presence, "
                     + "presence_since, team, load_units, version) values (?, 'AVAILABLE', ?, ?, 0, 0)");
             PreparedStatement skill = connection.prepareStatement("insert into rt_agent_skill (staff_id, skill) "
                     + "values (?, ?)");
             PreparedStatement language = connection.prepareStatement("insert into rt_agent_language (staff_id, "
                     + "language) values (?, 'fr')")) {
            for (int i = 0; i < AGENTS; i++) {
                UUID id = Ids.newId();
                agents.add(id);
                staff.setObject(1, id);
                staff.setString(2, "bench-" + marker.toString().substring(24) + "-" + i);
                staff.setString(3, "Agent " + i);
                staff.setTimestamp(4, Timestamp.from(now));
                staff.addBatch();
                agent.setObject(1, id);
                agent.setTimestamp(2, Timestamp.from(now));
                agent.setString(3, marker.toString());
                agent.addBatch();
                int first = random.nextInt(SKILLS.length);
                skill.setObject(1, id);
                skill.setString(2, SKILLS[first]);
                skill.addBatch();
                if (random.nextBoolean()) {
                    skill.setObject(1, id);
                    skill.setString(2, SKILLS[(first + 1) % SKILLS.length]);
                    skill.addBatch();
                }
                language.setObject(1, id);
                language.addBatch();
            }
            staff.executeBatch();
            agent.executeBatch();
            skill.executeBatch();
            language.executeBatch();
        }
        try (PreparedStatement waiting = connection.prepareStatement("insert into rt_routing (conversation_id, "
                + "customer_id, queue_id, channel, language, skill, priority, state, warn_at, deadline, enqueued_at, "
                + "units, version) values (?, ?, '01900000-0000-7000-8000-00000000e001', ?, null, ?, ?, 'WAITING', ?, ?, "
                + "?, 0, 0)")) {
            for (int i = 0; i < WAITING; i++) {
                Instant deadline = now.plus(Duration.ofMinutes(random.nextInt(48 * 60)));
                waiting.setObject(1, Ids.newId());
                waiting.setObject(2, marker);
                waiting.setString(3, CHANNELS[random.nextInt(CHANNELS.length)]);
                waiting.setString(4, random.nextInt(4) == 0 ? null : SKILLS[random.nextInt(SKILLS.length)]);
                waiting.setInt(5, 1 + random.nextInt(3));
                waiting.setTimestamp(6, Timestamp.from(deadline.minus(Duration.ofMinutes(30))));
                waiting.setTimestamp(7, Timestamp.from(deadline));
                waiting.setTimestamp(8, Timestamp.from(now.minus(Duration.ofMinutes(random.nextInt(600)))));
                waiting.addBatch();
                if (i % 1_000 == 999) {
                    waiting.executeBatch();
                }
            }
            waiting.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        vacuum(connection);
    }

    /**
     * What autovacuum does in production after the bench's bulk changes (it is off on this machine's
     * PostgreSQL): without it, each reset leaves 50,000 dead rows that the decisions' index walks
     * and locked reads step over, round after round.
     */
    private static void vacuum(Connection connection) throws SQLException {
        try (Statement vacuum = connection.createStatement()) {
            vacuum.execute("vacuum analyze rt_routing");
            vacuum.execute("vacuum analyze rt_agent");
        }
    }

    private static void cleanUp(Connection connection, UUID marker) throws SQLException {
        String agents = "(select staff_id from rt_agent where team = '" + marker + "')";
        try (Statement delete = connection.createStatement()) {
            delete.execute("delete from rt_routing where customer_id = '" + marker + "'");
            delete.execute("delete from rt_agent_skill where staff_id in " + agents);
            delete.execute("delete from rt_agent_language where staff_id in " + agents);
            delete.execute("create temporary table bench_agents as select staff_id from rt_agent where team = '"
                    + marker + "'");
            delete.execute("delete from rt_agent where staff_id in (select staff_id from bench_agents)");
            delete.execute("delete from st_staff where id in (select staff_id from bench_agents)");
            delete.execute("drop table bench_agents");
        }
    }
}
