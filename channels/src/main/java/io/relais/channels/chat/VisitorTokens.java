package io.relais.channels.chat;

import io.relais.channels.control.ChannelRefusals;
import io.relais.channels.control.Hmac;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

/**
 * Reads the identity a host site vouches for: {@code <payload>.<signature>}, both base64url, the
 * payload a JSON object ({@code sub}, {@code name}, {@code email}, {@code exp} in Unix seconds), the
 * signature the HMAC-SHA256 of the payload's base64url text with the site's secret.
 */
public final class VisitorTokens {

    private VisitorTokens() {
    }

    public static ChatVisitor verify(String token, String secret, Instant now) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            throw ChannelRefusals.invalid("token.form");
        }
        String payload = token.substring(0, dot);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw ChannelRefusals.invalid("token.signatureEncoding");
        }
        if (!MessageDigest.isEqual(sign(secret, payload), given)) {
            throw ChannelRefusals.invalid("token.signature");
        }
        JsonObject claims;
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)))) {
            claims = reader.readObject();
        } catch (RuntimeException e) {
            throw ChannelRefusals.invalid("token.payload");
        }
        if (!claims.containsKey("exp") || claims.getJsonNumber("exp").longValue() < now.getEpochSecond()) {
            throw ChannelRefusals.invalid("token.expired");
        }
        String id = claims.getString("sub", null);
        ChatMessages.checkVisitorId(id);
        return new ChatVisitor(id, claims.getString("name", null), claims.getString("email", null), true);
    }

    public static byte[] sign(String secret, String payload) {
        return Hmac.sha256(secret, payload.getBytes(StandardCharsets.US_ASCII));
    }
}
