package io.relais.routing.boundary;

import io.relais.routing.control.StaffTablesHandedOver;
import io.relais.shared.schema.ModuleSchema;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;

/** Migrates the routing module's tables when the module starts, before anyone can call it. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoutingSchema {

    @Resource(lookup = "jdbc/relais")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        ModuleSchema.migrate(dataSource, "routing", getClass().getClassLoader(), new StaffTablesHandedOver());
    }
}
