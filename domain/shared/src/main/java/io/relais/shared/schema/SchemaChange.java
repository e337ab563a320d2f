package io.relais.shared.schema;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * A module's migration written in Java, for what SQL cannot say alike on H2 and PostgreSQL (whether a
 * table exists, a name the database chose, a Java rule applied to rows). Versioned by its module's
 * numbering and named where {@link ModuleSchema#migrate} is called, not found by class scanning; runs
 * in Flyway's transaction.
 */
public abstract class SchemaChange implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected SchemaChange(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    /** The table's name as the current schema stores it (H2 upper-cases, PostgreSQL lower-cases), or null. */
    public static String storedName(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : List.of(table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT))) {
            try (ResultSet found = meta.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
                if (found.next()) {
                    return name;
                }
            }
        }
        return null;
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    /** No checksum: the code is the migration, and a later wording change must not fail validation. */
    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
