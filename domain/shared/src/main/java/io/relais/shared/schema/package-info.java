/**
 * Schema migrations, one Flyway history table per module. Each EJB module owns its tables and
 * migrates them itself at start-up, with its own class loader, from
 * {@code db/migration/<module>} (a folder that must hold a marker resource so that Flyway can
 * find it inside Liberty). What SQL cannot say alike on both databases is a {@code SchemaChange}
 * in Java, named where the module migrates.
 */
package io.relais.shared.schema;
