package io.relais.routing.control;

import io.relais.shared.schema.SchemaChange;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Routing migration 7: staff accounts and tokens belong to the staff module, which starts first and
 * renames routing's old tables to its own (or creates its own on a new database). Routing drops its
 * agents' foreign key to the staff table (a module references another's rows by id only) and the old
 * tables its migration 1 still creates on a new database, empty. A table still holding rows means the
 * staff module has not taken it: the migration stops rather than drop anybody's account. In Java
 * because the foreign key's name is the database's choice on H2.
 */
public class StaffTablesHandedOver extends SchemaChange {

    private static final List<String> OLD_TABLES = List.of("rt_api_token", "rt_staff_role", "rt_staff");

    public StaffTablesHandedOver() {
        super("7", "staff tables handed over to the staff module");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String constraint : keysToStaff(connection)) {
                statement.execute("alter table rt_agent drop constraint " + constraint);
            }
            for (String table : OLD_TABLES) {
                if (storedName(connection, table) == null) {
                    continue;
                }
                try (ResultSet count = statement.executeQuery("select count(*) from " + table)) {
                    count.next();
                    if (count.getLong(1) > 0) {
                        throw new IllegalStateException(table + " still holds " + count.getLong(1)
                                + " rows: the staff module (relais-staff) must start before routing and take them");
                    }
                }
                statement.execute("drop table " + table);
            }
        }
    }

    /** The names of rt_agent's foreign keys to a staff table, whether routing's old one or the staff module's. */
    private static List<String> keysToStaff(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        String agents = storedName(connection, "rt_agent");
        try (ResultSet keys = connection.getMetaData().getImportedKeys(connection.getCatalog(), connection.getSchema(),
                agents)) {
            while (keys.next()) {
                String target = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                String name = keys.getString("FK_NAME");
                if ((target.equals("rt_staff") || target.equals("st_staff")) && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
