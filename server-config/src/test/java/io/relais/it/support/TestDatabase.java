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

    /**
     * A connection to the database the server under test uses, for tests that must change it
     * behind the server's back (the embedded H2 server of the tests opens it in mixed mode).
     */
    public static Connection relais() throws SQLException {
        String url = System.getProperty("relais.db.url");
        if (url == null) {
            throw new IllegalStateException("relais.db.url is not set: run the integration tests through Maven");
        }
        return url.startsWith("jdbc:h2:") ? DriverManager.getConnection(url, "relais", "relais")
                : DriverManager.getConnection(url, env("DB_USER", "postgres"), env("DB_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
