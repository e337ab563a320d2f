package io.relais.web.api;

import jakarta.ws.rs.BadRequestException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads points in time from requests, as ISO-8601 instants. */
final class InstantParameters {

    private InstantParameters() {
    }

    /** @return null when the value is absent */
    static Instant optional(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("'" + name + "' is not an ISO-8601 instant such as 2026-11-02T08:00:00Z: " + text);
        }
    }
}
