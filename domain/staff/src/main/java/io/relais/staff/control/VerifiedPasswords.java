package io.relais.staff.control;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords verified lately, remembered for a short while so that a script signing in with HTTP
 * Basic on every call does not pay the password hash (PBKDF2, slow on purpose) each time. An entry
 * is keyed by an HMAC of the username and password under a key drawn when the server starts, never
 * by the password itself, and holds the stored hash it was verified against: the account's row is
 * still read on every call, so a changed password (here or on another node), a deactivated account
 * or a removed one is seen at once.
 */
@ApplicationScoped
public class VerifiedPasswords {

    static final Duration REMEMBERED = Duration.ofMinutes(2);
    static final int MAX_ENTRIES = 10_000;
    private static final String HMAC = "HmacSHA256";

    private final byte[] key = new byte[32];
    private final Map<String, Verified> entries = new ConcurrentHashMap<>();

    private record Verified(String storedHash, Instant until) {
    }

    public VerifiedPasswords() {
        new SecureRandom().nextBytes(key);
    }

    /** Whether this username and password were verified against this stored hash a moment ago. */
    public boolean recall(String username, String password, String storedHash, Instant now) {
        Verified verified = entries.get(fingerprint(username, password));
        return verified != null && verified.until().isAfter(now) && verified.storedHash().equals(storedHash);
    }

    public void remember(String username, String password, String storedHash, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(verified -> !verified.until().isAfter(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(fingerprint(username, password), new Verified(storedHash, now.plus(REMEMBERED)));
    }

    int size() {
        return entries.size();
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is part of every Java runtime", e);
        }
    }
}
