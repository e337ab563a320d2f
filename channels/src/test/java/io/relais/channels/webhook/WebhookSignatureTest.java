package io.relais.channels.webhook;

import io.relais.shared.Refusal;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"text\":\"Bonjour\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private static String signature(String secret, String timestamp, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(WebhookSignature.sign(secret, timestamp, body));
    }

    @Test
    void theHmacIsOverTheTimestampADotAndTheBody() {
        // printf '1.x' | openssl dgst -sha256 -hmac secret
        assertEquals("33270e99f50e3d3ec295e0d7185dc323a6231c2739f396d70e6b71ea6a435486",
                HexFormat.of().formatHex(WebhookSignature.sign("secret", "1", "x".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aCallSignedWithTheSecretWithinFiveMinutesIsTrusted() {
        String timestamp = Long.toString(NOW.minusSeconds(299).getEpochSecond());
        assertDoesNotThrow(() -> WebhookSignature.verify("s3cret", timestamp, signature("s3cret", timestamp, BODY), BODY, NOW));
        String upper = "sha256=" + signature("s3cret", timestamp, BODY).substring(7).toUpperCase();
        assertDoesNotThrow(() -> WebhookSignature.verify("s3cret", timestamp, upper, BODY, NOW));
    }

    @Test
    void aChangedBodyAnotherSecretAnOldCallOrMissingHeadersAreRefused() {
        String timestamp = Long.toString(NOW.getEpochSecond());
        String good = signature("s3cret", timestamp, BODY);
        byte[] changed = "{\"text\":\"Bonjour!\"}".getBytes(StandardCharsets.UTF_8);
        assertThrows(Refusal.class, () -> WebhookSignature.verify("s3cret", timestamp, good, changed, NOW));
        assertThrows(Refusal.class,
                () -> WebhookSignature.verify("s3cret", timestamp, signature("other", timestamp, BODY), BODY, NOW));
        String old = Long.toString(NOW.minusSeconds(301).getEpochSecond());
        var stale = assertThrows(Refusal.class,
                () -> WebhookSignature.verify("s3cret", old, signature("s3cret", old, BODY), BODY, NOW));
        assertTrue(stale.getMessage().contains("5 minutes"));
        // the timestamp is signed: moving it forward breaks the signature
        String later = Long.toString(NOW.getEpochSecond() + 1);
        assertThrows(Refusal.class, () -> WebhookSignature.verify("s3cret", later, good, BODY, NOW));
        assertThrows(Refusal.class, () -> WebhookSignature.verify("s3cret", null, good, BODY, NOW));
        assertThrows(Refusal.class, () -> WebhookSignature.verify("s3cret", "hier", good, BODY, NOW));
        assertThrows(Refusal.class,
                () -> WebhookSignature.verify("s3cret", timestamp, good.substring(7), BODY, NOW));
    }
}
