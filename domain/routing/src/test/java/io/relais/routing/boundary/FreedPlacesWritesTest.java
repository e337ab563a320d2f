package io.relais.routing.boundary;

import io.relais.routing.boundary.FreedPlaces.Written;
import io.relais.routing.control.StaffTablesHandedOver;
import io.relais.shared.Ids;
import io.relais.shared.schema.ModuleSchema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The writes that fill a freed place, on the databases Relais runs on (H2 in memory, and the
 * PostgreSQL the integration ring uses, in a schema of its own): all of them or none, none when the
 * agent's row changed after it was read or the conversation no longer waits, and none when another
 * transaction changes the agent's row while the writes wait for its lock.
 */
class FreedPlacesWritesTest {

    private static final String QUEUE = "01900000-0000-7000-8000-00000000e001";
    private static final String SCHEMA = "relais_freed_places_test";
    private static DataSource h2;
    private static DataSource postgresql;

    private UUID agentId;
    private UUID conversationId;

    /** A way to write, and the database it runs on. */
    interface Writes {
        Written assign(Connection connection, UUID conversationId, UUID agentId, long agentVersion, int units,
                       int load) throws SQLException;
    }

    record Case(String name, DataSource database, Writes writes) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void databases() throws SQLException {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:freed-places;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        h2 = memory;
        ModuleSchema.migrate(h2, "routing", FreedPlacesWritesTest.class.getClassLoader(), new StaffTablesHandedOver());
        if (!Boolean.getBoolean("skip.postgresql")) {
            PGSimpleDataSource server = new PGSimpleDataSource();
            server.setURL(System.getProperty("relais.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/postgres"));
            server.setUser("postgres");
            try (Connection connection = server.getConnection(); Statement ddl = connection.createStatement()) {
                ddl.execute("drop schema if exists " + SCHEMA + " cascade");
                ddl.execute("create schema " + SCHEMA);
            }
            server.setCurrentSchema(SCHEMA);
            postgresql = server;
            ModuleSchema.migrate(postgresql, "routing", FreedPlacesWritesTest.class.getClassLoader(),
                    new StaffTablesHandedOver());
        }
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        if (postgresql != null) {
            try (Connection connection = postgresql.getConnection(); Statement ddl = connection.createStatement()) {
                ddl.execute("drop schema " + SCHEMA + " cascade");
            }
        }
    }

    /** Both ways on PostgreSQL (either could serve there); the transaction on H2, which has no writing WITH. */
    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("H2, three statements in a transaction", h2, FreedPlaces::assignInTransaction));
        if (postgresql != null) {
            cases.add(new Case("PostgreSQL, one statement", postgresql, FreedPlaces::assignInOneStatement));
            cases.add(new Case("PostgreSQL, three statements in a transaction", postgresql,
                    FreedPlaces::assignInTransaction));
        }
        return cases;
    }

    @BeforeEach
    void ids() {
        agentId = Ids.newId();
        conversationId = Ids.newId();
    }

    /** An available agent holding 200 units, at version 3, and a conversation waiting. */
    private void rows(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection()) {
            execute(connection, "insert into rt_agent (staff_id, presence, presence_since, team, load_units, version) "
                    + "values (?, 'AVAILABLE', current_timestamp, null, 200, 3)", agentId);
            execute(connection, "insert into rt_routing (conversation_id, customer_id, queue_id, channel, priority, "
                    + "state, units, version) values (?, ?, '" + QUEUE + "', 'EMAIL', 1, 'WAITING', 0, 7)",
                    conversationId, Ids.newId());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_conversation_and_the_load_are_written_together_when_both_rows_are_as_read(Case on) throws Exception {
        rows(on.database());
        try (Connection connection = on.database().getConnection()) {
            assertEquals(Written.ASSIGNED, on.writes().assign(connection, conversationId, agentId, 3, 100, 300));
            assertTrue(connection.getAutoCommit(), "the connection goes back to the pool as it came");
        }
        assertEquals(List.of("ASSIGNED", agentId, agentId, 100, 8L, true), conversation(on.database()));
        assertEquals(List.of(300, 4L), agent(on.database()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nothing_is_written_when_the_agents_row_changed_after_it_was_read(Case on) throws Exception {
        rows(on.database());
        try (Connection connection = on.database().getConnection()) {
            execute(connection, "update rt_agent set presence = 'PAUSE', version = version + 1 where staff_id = ?",
                    agentId);
            assertEquals(Written.AGENT_CHANGED, on.writes().assign(connection, conversationId, agentId, 3, 100, 300));
        }
        assertEquals(List.of("WAITING", 0, 7L, true), waiting(on.database()));
        assertEquals(List.of(200, 4L), agent(on.database()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nothing_is_written_when_the_conversation_no_longer_waits(Case on) throws Exception {
        rows(on.database());
        try (Connection connection = on.database().getConnection()) {
            execute(connection, "update rt_routing set state = 'PARKED', version = version + 1 "
                    + "where conversation_id = ?", conversationId);
            assertEquals(Written.NO_LONGER_WAITING,
                    on.writes().assign(connection, conversationId, agentId, 3, 100, 300));
        }
        assertEquals(List.of(200, 3L), agent(on.database()), "the agent's load and version as they were");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_change_to_the_agent_committed_while_the_writes_wait_for_his_row_stops_them(Case on) throws Exception {
        rows(on.database());
        try (Connection other = on.database().getConnection(); Connection connection = on.database().getConnection()) {
            other.setAutoCommit(false);
            execute(other, "update rt_agent set presence = 'OFFLINE', version = version + 1 where staff_id = ?",
                    agentId);
            CompletableFuture<Written> writes = CompletableFuture.supplyAsync(() -> {
                try {
                    return on.writes().assign(connection, conversationId, agentId, 3, 100, 300);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            waitUntilSomeoneWaitsForALock(on.database(), writes);
            other.commit();
            assertEquals(Written.AGENT_CHANGED, writes.get(10, TimeUnit.SECONDS));
        }
        assertEquals(List.of("WAITING", 0, 7L, true), waiting(on.database()));
        assertEquals(List.of(200, 4L), agent(on.database()), "the other transaction's change only");
    }

    private static void waitUntilSomeoneWaitsForALock(DataSource database, CompletableFuture<Written> writes)
            throws Exception {
        String blocked = database == h2
                ? "select count(*) from information_schema.sessions where blocker_id is not null"
                : "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()";
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        try (Connection connection = database.getConnection(); Statement query = connection.createStatement()) {
            while (true) {
                assertFalse(writes.isDone(), "the writes went ahead while the agent's row was locked");
                try (ResultSet count = query.executeQuery(blocked)) {
                    count.next();
                    if (count.getInt(1) > 0) {
                        return;
                    }
                }
                assertTrue(Instant.now().isBefore(giveUp), "the writes never waited for the agent's row");
                Thread.sleep(10);
            }
        }
    }

    /** State, agent, owner, units, version, and whether it has an assignment time. */
    private List<Object> conversation(DataSource database) throws SQLException {
        return row(database, "select state, agent_id, owner_id, units, version, assigned_at is not null "
                + "from rt_routing where conversation_id = ?", conversationId);
    }

    /** State, units, version of a conversation never assigned, and whether it has no agent, owner or assignment time. */
    private List<Object> waiting(DataSource database) throws SQLException {
        return row(database, "select state, units, version, agent_id is null and owner_id is null "
                + "and assigned_at is null from rt_routing where conversation_id = ?", conversationId);
    }

    private List<Object> agent(DataSource database) throws SQLException {
        return row(database, "select load_units, version from rt_agent where staff_id = ?", agentId);
    }

    private static List<Object> row(DataSource database, String sql, UUID id) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                List<Object> values = new ArrayList<>();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    values.add(row.getObject(i));
                }
                return values;
            }
        }
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
