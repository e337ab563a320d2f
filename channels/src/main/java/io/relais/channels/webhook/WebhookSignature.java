package io.relais.channels.webhook;

import io.relais.channels.control.ChannelRefusals;
import io.relais.channels.control.Hmac;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Checks that a webhook call comes from whoever holds the shared secret, and is not an old call
 * replayed: {@code X-Relais-Signature: sha256=<hex>} is the HMAC-SHA256 of
 * {@code <X-Relais-Timestamp>.<body>}, and the timestamp (Unix seconds) is within five minutes.
 */
public final class WebhookSignature {

    static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    /** @throws io.relais.shared.Refusal unauthenticated, with the reason, when the call must not be trusted */
    public static void verify(String secret, String timestamp, String signature, byte[] body, Instant now) {
        if (timestamp == null || signature == null) {
            throw ChannelRefusals.unsigned("signature.headers");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw ChannelRefusals.unsigned("signature.timestamp");
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(TOLERANCE) > 0) {
            throw ChannelRefusals.unsigned("signature.skew");
        }
        String given = signature.strip();
        if (!given.startsWith(PREFIX)) {
            throw ChannelRefusals.unsigned("signature.form");
        }
        byte[] expected = HexFormat.of().formatHex(sign(secret, timestamp.strip(), body)).getBytes(StandardCharsets.US_ASCII);
        byte[] received = given.substring(PREFIX.length()).toLowerCase().getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, received)) {
            throw ChannelRefusals.unsigned("signature.mismatch");
        }
    }

    /** The HMAC a sender computes: over the timestamp, a dot, and the body's bytes. */
    public static byte[] sign(String secret, String timestamp, byte[] body) {
        return Hmac.sha256(secret, (timestamp + ".").getBytes(StandardCharsets.US_ASCII), body);
    }
}
