package io.relais.timeline.boundary;

import io.relais.shared.schema.ModuleSchema;
import io.relais.timeline.control.NameKeyBackfill;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import javax.sql.DataSource;

/** Migrates the timeline's tables when the module starts, before anyone can call it. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TimelineSchema {

    @Resource(lookup = "jdbc/relais")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        ModuleSchema.migrate(dataSource, "timeline", getClass().getClassLoader(), new NameKeyBackfill());
    }
}
