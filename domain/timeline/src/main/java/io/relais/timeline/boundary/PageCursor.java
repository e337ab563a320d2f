package io.relais.timeline.boundary;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Where the next page of a keyset read starts: just past this (instant, id) in the read's order
 * (the last activity of an inbox line, the time of a timeline entry). Opaque to API clients, so
 * that the ordering can change without breaking them.
 */
public record PageCursor(Instant at, UUID id) {

    public String encode() {
        String plain = at + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(UTF_8));
    }

    /** @return empty when the text is not a cursor this class produced */
    public static Optional<PageCursor> decode(String encoded) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), UTF_8);
            int bar = plain.indexOf('|');
            if (bar < 0) {
                return Optional.empty();
            }
            return Optional.of(new PageCursor(Instant.parse(plain.substring(0, bar)),
                    UUID.fromString(plain.substring(bar + 1))));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
