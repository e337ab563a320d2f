package io.relais.timeline.boundary;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Where the next inbox page starts: after this (last activity, conversation id). Opaque to API
 * clients, so that the ordering can change without breaking them.
 */
public record InboxCursor(Instant lastActivityAt, UUID conversationId) {

    public static InboxCursor after(InboxEntry entry) {
        return new InboxCursor(entry.lastActivityAt(), entry.conversationId());
    }

    public String encode() {
        String plain = lastActivityAt + "|" + conversationId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(UTF_8));
    }

    /** @return empty when the text is not a cursor this class produced */
    public static Optional<InboxCursor> decode(String encoded) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), UTF_8);
            int bar = plain.indexOf('|');
            if (bar < 0) {
                return Optional.empty();
            }
            return Optional.of(new InboxCursor(Instant.parse(plain.substring(0, bar)),
                    UUID.fromString(plain.substring(bar + 1))));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
