package io.relais.staff.boundary;

import io.relais.shared.schema.ModuleSchema;
import io.relais.staff.control.StaffTables;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;

/** Migrates the staff module's tables when the module starts, before anyone can call it. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaffSchema {

    @Resource(lookup = "jdbc/relais")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        ModuleSchema.migrate(dataSource, "staff", getClass().getClassLoader(), new StaffTables());
    }
}
