package io.relais.shared.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings one module's tables to the latest version. Modules share one database but never one
 * history table, so their migrations are numbered independently.
 */
public final class ModuleSchema {

    private static final Logger LOG = Logger.getLogger(ModuleSchema.class.getName());

    private ModuleSchema() {
    }

    /**
     * @param module      short module name, e.g. {@code timeline}; names the migration folder and history table
     * @param classLoader    the module's class loader: Flyway must look for migrations there, not in the EAR library
     * @param javaMigrations migrations written in Java, named here rather than found by class scanning
     */
    public static MigrateResult migrate(DataSource dataSource, String module, ClassLoader classLoader,
                                        JavaMigration... javaMigrations) {
        MigrateResult result = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .javaMigrations(javaMigrations)
                .locations("classpath:db/migration/" + module)
                .failOnMissingLocations(true)
                .table("flyway_history_" + module)
                // Other modules' tables are already there: that must not stop this module's V1.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        LOG.info(() -> result.migrationsExecuted == 0
                ? "Schema of module " + module + " is up to date"
                : "Schema of module " + module + " migrated to version " + result.targetSchemaVersion
                        + " (" + result.migrationsExecuted + " migrations applied)");
        return result;
    }
}
