package io.relais.it.api;

import io.relais.it.support.RelaisClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the OpenAPI document, sent the malformed input real clients send: bodies that
 * are not JSON, of the wrong shape, nested ten thousand deep, with each property null, of the wrong
 * type, a hundred thousand characters long, an array holding a null, an enum value that does not
 * exist; path ids that are not ids; query parameters that are not numbers. None may answer 5xx. A
 * new endpoint is covered by being in the document. The counts are printed for docs/benchmarks.md.
 */
class GeneratedBadInputIT {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final List<String[]> CREDENTIALS = List.of(
            new String[]{RelaisClient.AGENT, RelaisClient.AGENT_PASSWORD},
            new String[]{RelaisClient.SUPERVISOR, RelaisClient.SUPERVISOR_PASSWORD},
            new String[]{RelaisClient.ADMIN, RelaisClient.ADMIN_PASSWORD});
    private static final String LONG = "x".repeat(100_000);

    private static final String NO_ID = "00000000-0000-0000-0000-000000000000";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String conversationId;

    private record Attempt(String method, String path, String body, String what) {
    }

    @Test
    void noOperationAnswersAServerErrorToMalformedInput() throws Exception {
        JsonObject document = (JsonObject) json(RelaisClient.basic(RelaisClient.ADMIN, RelaisClient.ADMIN_PASSWORD)
                .get("/openapi?format=JSON"));
        JsonObject schemas = document.getJsonObject("components") == null ? JsonValue.EMPTY_JSON_OBJECT
                : document.getJsonObject("components").getJsonObject("schemas");
        Map<String, JsonObject> bases = validBodies();
        List<Attempt> attempts = new ArrayList<>();
        int operations = 0;
        for (var path : document.getJsonObject("paths").entrySet()) {
            for (var operation : path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                operations++;
                String method = operation.getKey().toUpperCase();
                attempts.addAll(attemptsFor(method, path.getKey(), operation.getValue().asJsonObject(), schemas,
                        bases.get(method + " " + path.getKey())));
            }
        }
        List<String> serverErrors = new ArrayList<>();
        for (Attempt attempt : attempts) {
            HttpResponse<String> response = send(attempt);
            if (response.statusCode() >= 500) {
                serverErrors.add(response.statusCode() + " " + attempt.method() + " " + attempt.path() + " ("
                        + attempt.what() + "): " + abbreviated(response.body()));
            }
        }
        long onProperties = attempts.stream().filter(attempt -> attempt.what().contains(": ")).count();
        System.out.println("[bench] generated bad input: " + operations + " operations, " + attempts.size()
                + " requests (" + onProperties + " of them on one property of a body), " + serverErrors.size()
                + " answered 5xx");
        assertTrue(serverErrors.isEmpty(), serverErrors.size() + " server errors:\n" + String.join("\n", serverErrors));
    }

    /**
     * @param base a body the operation takes as it is, for the operations where one property gone wrong
     *             must be judged beside valid others (else the first missing field answers for all);
     *             null for the others, whose properties are tried one by one
     */
    private List<Attempt> attemptsFor(String method, String template, JsonObject operation, JsonObject schemas,
                                      JsonObject base) {
        List<Attempt> attempts = new ArrayList<>();
        String valid = template.replace("{id}", base == null ? NO_ID : conversationId)
                .replaceAll("\\{[^}]+}", NO_ID);
        if (template.contains("{")) {
            attempts.add(new Attempt(method, template.replaceAll("\\{[^}]+}", "not-an-id"), "{}", "malformed path id"));
            attempts.add(new Attempt(method, template.replaceAll("\\{[^}]+}", "x".repeat(300)), "{}", "long path id"));
        }
        JsonArray parameters = operation.getJsonArray("parameters");
        if (parameters != null) {
            for (JsonValue parameter : parameters) {
                JsonObject p = parameter.asJsonObject();
                if ("query".equals(p.getString("in", ""))) {
                    for (String bad : List.of("-1", "abc", "99999999999999999999", LONG.substring(0, 5_000))) {
                        attempts.add(new Attempt(method, valid + "?" + p.getString("name") + "=" + bad, "{}",
                                "query " + p.getString("name") + "=" + bad.substring(0, Math.min(bad.length(), 20))));
                    }
                }
            }
        }
        JsonObject body = requestSchema(operation, schemas);
        if (body == null) {
            attempts.add(new Attempt(method, valid, null, "no body"));
            return attempts;
        }
        attempts.add(new Attempt(method, valid, "{\"unterminated\": ", "not JSON"));
        attempts.add(new Attempt(method, valid, "\"a string\"", "a string for an object"));
        attempts.add(new Attempt(method, valid, "[[[[" + "[".repeat(10_000) + "]".repeat(10_004), "nested 10,000 deep"));
        attempts.add(new Attempt(method, valid, "null", "null body"));
        attempts.add(new Attempt(method, valid, new String(new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3,
                (byte) 0x28, '"', '}'}, StandardCharsets.ISO_8859_1), "invalid UTF-8"));
        JsonObject properties = body.getJsonObject("properties");
        if (properties == null) {
            return attempts;
        }
        JsonObjectBuilder allNull = Json.createObjectBuilder();
        properties.keySet().forEach(allNull::addNull);
        attempts.add(new Attempt(method, valid, allNull.build().toString(), "every property null"));
        for (var property : properties.entrySet()) {
            JsonObject schema = resolve(property.getValue().asJsonObject(), schemas);
            String name = property.getKey();
            String type = schema.getString("type", "object");
            Map<String, JsonValue> variants = new LinkedHashMap<>();
            variants.put("null", JsonValue.NULL);
            variants.put("wrong type", "string".equals(type) ? Json.createValue(42) : Json.createValue("forty-two"));
            if ("string".equals(type)) {
                variants.put("100,000 characters", Json.createValue(LONG));
                if (schema.containsKey("enum")) {
                    variants.put("unknown enum value", Json.createValue("NOT_A_VALUE"));
                }
                if (schema.containsKey("format")) {
                    variants.put("malformed " + schema.getString("format"), Json.createValue("yesterday"));
                }
            }
            if ("array".equals(type)) {
                variants.put("array holding a null", Json.createArrayBuilder().addNull().build());
                variants.put("array of 100,000-character strings", Json.createArrayBuilder().add(LONG).build());
            }
            if ("integer".equals(type) || "number".equals(type)) {
                variants.put("huge number", Json.createValue(new java.math.BigDecimal("1e400")));
                variants.put("negative", Json.createValue(-1));
            }
            for (var variant : variants.entrySet()) {
                JsonObjectBuilder wrong = base == null ? Json.createObjectBuilder() : Json.createObjectBuilder(base);
                attempts.add(new Attempt(method, valid, wrong.add(name, variant.getValue()).build().toString(),
                        name + ": " + variant.getKey()));
            }
        }
        return attempts;
    }

    /** Bodies the intake operations take as they are; the conversation they name is made first. */
    private Map<String, JsonObject> validBodies() {
        String unique = java.util.UUID.randomUUID().toString().substring(0, 8);
        JsonObject contact = Json.createObjectBuilder().add("channel", "EMAIL").add("senderKind", "EMAIL")
                .add("sender", "fuzz." + unique + "@exemple.fr").add("senderName", "Fuzz")
                .add("threadKeys", Json.createArrayBuilder().add("mail:<" + unique + "@fuzz>"))
                .add("providerMessageId", "fuzz-" + unique).add("text", "Bonjour.").build();
        HttpResponse<String> landed = RelaisClient.basic(RelaisClient.AGENT, RelaisClient.AGENT_PASSWORD)
                .post("/api/contacts", contact.toString());
        conversationId = ((JsonObject) json(landed)).getString("conversationId");
        return Map.of(
                "POST /api/contacts", contact,
                "POST /api/conversations/{id}/interactions", Json.createObjectBuilder().add("channel", "PHONE")
                        .add("direction", "INBOUND").add("kind", "CALL").add("text", "Appel.")
                        .add("callDurationSeconds", 60).build(),
                "POST /api/conversations/{id}/replies", Json.createObjectBuilder().add("channel", "LETTER")
                        .add("text", "Bonjour, voici notre réponse.").build());
    }

    private static JsonObject requestSchema(JsonObject operation, JsonObject schemas) {
        JsonObject requestBody = operation.getJsonObject("requestBody");
        if (requestBody == null || requestBody.getJsonObject("content") == null) {
            return null;
        }
        JsonObject json = requestBody.getJsonObject("content").getJsonObject("application/json");
        if (json == null || json.getJsonObject("schema") == null) {
            return null;
        }
        return resolve(json.getJsonObject("schema"), schemas);
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        String ref = schema.getString("$ref", null);
        if (ref == null || schemas == null) {
            return schema;
        }
        JsonObject target = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        return target == null ? schema : target;
    }

    /** With the first role the operation lets in: agent, supervisor, then administrator. */
    private HttpResponse<String> send(Attempt attempt) throws Exception {
        HttpResponse<String> response = null;
        for (String[] credential : CREDENTIALS) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RelaisClient.baseUrl() + attempt.path()))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (credential[0] + ":" + credential[1]).getBytes(StandardCharsets.UTF_8)));
            if (attempt.body() == null) {
                request.method(attempt.method(), HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(attempt.method(), HttpRequest.BodyPublishers.ofByteArray(
                                attempt.body().getBytes(StandardCharsets.ISO_8859_1.newEncoder().canEncode(attempt.body())
                                        ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8)));
            }
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 403) {
                return response;
            }
        }
        return response;
    }

    private static String abbreviated(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
    }
}
