package io.relais.routing.control;

import io.relais.shared.Ids;
import io.relais.shared.schema.ModuleSchema;
import io.relais.shared.schema.SchemaChange;
import io.relais.staff.control.StaffTables;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The staff tables leave routing for the staff module: on a database routing created before (the
 * accounts, roles and tokens kept, the agents' foreign key gone), on a new one, and never by dropping
 * an account the staff module has not taken. On H2 and, unless skipped, on PostgreSQL (a schema of
 * its own per case).
 */
class StaffTablesHandOverTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final List<String> SCHEMAS = new ArrayList<>();
    private static PGSimpleDataSource postgresql;

    @BeforeAll
    static void server() {
        if (!Boolean.getBoolean("skip.postgresql")) {
            postgresql = new PGSimpleDataSource();
            postgresql.setURL(System.getProperty("relais.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/postgres"));
            postgresql.setUser("postgres");
        }
    }

    @AfterAll
    static void dropSchemas() throws SQLException {
        if (postgresql != null) {
            try (Connection connection = postgresql.getConnection(); Statement ddl = connection.createStatement()) {
                for (String schema : SCHEMAS) {
                    ddl.execute("drop schema if exists " + schema + " cascade");
                }
            }
        }
    }

    static List<String> databases() {
        return postgresql == null ? List.of("H2") : List.of("H2", "PostgreSQL");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_database_routing_made_keeps_its_accounts_and_tokens(String kind) throws SQLException {
        DataSource database = fresh(kind);
        routingUpToItsSixthMigration(database);
        UUID staffId = Ids.newId();
        execute(database, "insert into rt_staff (id, username, display_name, password_hash, active, created_at) "
                + "values (?, 'camille', 'Camille Martin', 'hash', true, current_timestamp)", staffId);
        execute(database, "insert into rt_staff_role (staff_id, role) values (?, 'AGENT')", staffId);
        execute(database, "insert into rt_api_token (id, staff_id, label, token_hash, created_at, created_by) "
                + "values (?, ?, 'CRM', 'abc', current_timestamp, 'admin')", Ids.newId(), staffId);
        execute(database, "insert into rt_agent (staff_id, presence, presence_since, team, load_units, version) "
                + "values (?, 'OFFLINE', current_timestamp, null, 0, 0)", staffId);

        migrateBothInStartOrder(database);

        assertEquals("camille", single(database, "select username from st_staff where id = ?", staffId));
        assertEquals("AGENT", single(database, "select role from st_staff_role where staff_id = ?", staffId));
        assertEquals("CRM", single(database, "select label from st_api_token where staff_id = ?", staffId));
        assertEquals("OFFLINE", single(database, "select presence from rt_agent where staff_id = ?", staffId));
        assertFalse(exists(database, "rt_staff"), "routing's old table is gone");
        assertAgentsNeedNoStaffRow(database);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_new_database_gets_the_staff_modules_tables_only(String kind) throws SQLException {
        DataSource database = fresh(kind);
        migrateBothInStartOrder(database);

        for (String old : List.of("rt_staff", "rt_staff_role", "rt_api_token")) {
            assertFalse(exists(database, old), old + " is not left behind");
        }
        UUID staffId = Ids.newId();
        execute(database, "insert into st_staff (id, username, display_name, password_hash, active, created_at) "
                + "values (?, 'julien', 'Julien Bernard', 'hash', true, current_timestamp)", staffId);
        execute(database, "insert into st_api_token (id, staff_id, label, token_hash, created_at, created_by) "
                + "values (?, ?, 'CRM', 'abc', current_timestamp, 'admin')", Ids.newId(), staffId);
        assertThrows(SQLException.class, () -> execute(database, "insert into st_staff "
                + "(id, username, display_name, password_hash, active, created_at) "
                + "values (?, 'julien', 'Another Julien', 'hash', true, current_timestamp)", Ids.newId()),
                "usernames stay unique");
        assertAgentsNeedNoStaffRow(database);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void routing_never_drops_accounts_the_staff_module_has_not_taken(String kind) throws SQLException {
        DataSource database = fresh(kind);
        routingUpToItsSixthMigration(database);
        UUID staffId = Ids.newId();
        execute(database, "insert into rt_staff (id, username, display_name, password_hash, active, created_at) "
                + "values (?, 'nadia', 'Nadia Lefèvre', 'hash', true, current_timestamp)", staffId);

        FlywayException refused = assertThrows(FlywayException.class, () -> ModuleSchema.migrate(database, "routing",
                getClass().getClassLoader(), new StaffTablesHandedOver()));

        Throwable cause = refused;
        while (cause.getCause() != null && !(cause instanceof IllegalStateException)) {
            cause = cause.getCause();
        }
        assertTrue(cause.getMessage().contains("rt_staff still holds 1 rows"), cause.getMessage());
        assertEquals("nadia", single(database, "select username from rt_staff where id = ?", staffId));
    }

    /** The application's start order: the staff module, then routing. */
    private void migrateBothInStartOrder(DataSource database) {
        ModuleSchema.migrate(database, "staff", getClass().getClassLoader(), new StaffTables());
        ModuleSchema.migrate(database, "routing", getClass().getClassLoader(), new StaffTablesHandedOver());
    }

    private void routingUpToItsSixthMigration(DataSource database) {
        Flyway.configure(getClass().getClassLoader()).dataSource(database)
                .locations("classpath:db/migration/routing").table("flyway_history_routing")
                .baselineOnMigrate(true).baselineVersion("0").target("6")
                .load().migrate();
    }

    private static void assertAgentsNeedNoStaffRow(DataSource database) throws SQLException {
        UUID stranger = Ids.newId();
        execute(database, "insert into rt_agent (staff_id, presence, presence_since, team, load_units, version) "
                + "values (?, 'OFFLINE', current_timestamp, null, 0, 0)", stranger);
        assertEquals("OFFLINE", single(database, "select presence from rt_agent where staff_id = ?", stranger),
                "an agent refers to his staff member by id, without a foreign key across modules");
    }

    private static DataSource fresh(String kind) throws SQLException {
        String name = "staff_handover_" + DATABASES.incrementAndGet();
        if (kind.equals("H2")) {
            JdbcDataSource memory = new JdbcDataSource();
            memory.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            return memory;
        }
        try (Connection connection = postgresql.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("drop schema if exists " + name + " cascade");
            ddl.execute("create schema " + name);
        }
        SCHEMAS.add(name);
        PGSimpleDataSource schema = new PGSimpleDataSource();
        schema.setURL(postgresql.getURL());
        schema.setUser("postgres");
        schema.setCurrentSchema(name);
        return schema;
    }

    private static boolean exists(DataSource database, String table) throws SQLException {
        try (Connection connection = database.getConnection()) {
            return SchemaChange.storedName(connection, table) != null;
        }
    }

    private static void execute(DataSource database, String sql, Object... parameters) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static String single(DataSource database, String sql, UUID id) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                assertTrue(row.next(), sql);
                return row.getString(1);
            }
        }
    }
}
