package io.relais.it.support;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Posts to Relais's inbound webhook as an integration would: the body signed with the shared
 * secret the test servers get from their environment ({@code relais.webhook.secret} here).
 */
public final class WebhookSender {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String secret;

    public WebhookSender() {
        this(System.getProperty("relais.webhook.secret", "it-only-webhook-secret"));
    }

    public WebhookSender(String secret) {
        this.secret = secret;
    }

    public HttpResponse<String> post(String json) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        return post(json, timestamp, "sha256=" + HexFormat.of().formatHex(sign(timestamp, json)));
    }

    public HttpResponse<String> post(String json, String timestamp, String signature) {
        var builder = HttpRequest.newBuilder(URI.create(RelaisClient.baseUrl() + "/api/webhooks/inbound"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (timestamp != null) {
            builder.header("X-Relais-Timestamp", timestamp);
        }
        if (signature != null) {
            builder.header("X-Relais-Signature", signature);
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public byte[] sign(String timestamp, String json) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(json.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
