package io.relais.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Drops and creates the PostgreSQL database of the integration tests, so that every run starts
 * from an empty schema and the demo data loads exactly as on a first start. Connects to the
 * maintenance database {@code postgres} on 127.0.0.1:5432 (override with DB_HOST, DB_PORT, DB_USER,
 * DB_PASSWORD).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        String database = args.length > 0 ? args[0] : "relais_it";
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        String url = "jdbc:postgresql://" + env("DB_HOST", "127.0.0.1") + ":" + env("DB_PORT", "5432") + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, env("DB_USER", "postgres"), env("DB_PASSWORD", ""));
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }
        System.out.println("[relais] PostgreSQL test database " + database + " created afresh at " + url);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
