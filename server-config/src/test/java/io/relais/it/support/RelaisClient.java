package io.relais.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Talks to the Relais server the build started (the embedded one or the PostgreSQL one, as the
 * failsafe execution says in {@code relais.url}), over real HTTP.
 */
public final class RelaisClient {

    public static final String AGENT = "camille";
    public static final String AGENT_PASSWORD = "demo-agent-2026";
    public static final String SUPERVISOR = "nadia";
    public static final String SUPERVISOR_PASSWORD = "demo-supervisor-2026";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "demo-admin-2026";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String authorization;

    private RelaisClient(String authorization) {
        this.authorization = authorization;
    }

    /** A French mobile number no other test uses (06 1x: some 06 ranges are not allocated). */
    public static String newMobileNumber() {
        return "+3361" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
    }

    public static String baseUrl() {
        return System.getProperty("relais.url", "http://localhost:9080");
    }

    public static RelaisClient anonymous() {
        return new RelaisClient(null);
    }

    public static RelaisClient basic(String username, String password) {
        String pair = username + ":" + password;
        return new RelaisClient("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    public static RelaisClient bearer(String token) {
        return new RelaisClient("Bearer " + token);
    }

    /**
     * An API token the admin issues for {@code username}: benchmarks call the server many times, and
     * tokens are the recommended way for integrations (HTTP Basic recalls a verified password only briefly).
     */
    public static String issueToken(String username, String label) {
        HttpResponse<String> issued = basic(ADMIN, ADMIN_PASSWORD).post("/api/admin/tokens",
                Json.createObjectBuilder().add("username", username).add("label", label).build().toString());
        if (issued.statusCode() != 201) {
            throw new IllegalStateException("no token issued for " + username + ": " + issued.statusCode() + " "
                    + issued.body());
        }
        return ((JsonObject) json(issued)).getString("token");
    }

    /** A client with a token of {@link #issueToken}. */
    public static RelaisClient withIssuedToken(String username, String label) {
        return bearer(issueToken(username, label));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** A GET for something that is not JSON (a message's raw bytes, a file), read as text. */
    public HttpResponse<String> get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    /**
     * The timeline of the first customer a search finds (a name, an email), newest first, or empty
     * while nobody matches.
     */
    public Optional<JsonArray> timelineOf(String query) {
        JsonArray found = (JsonArray) json(get("/api/customers?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String customerId = found.getJsonObject(0).getString("customerId");
        return Optional.of(((JsonObject) json(get("/api/customers/" + customerId + "/timeline"))).getJsonArray("entries"));
    }

    public static JsonStructure json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
