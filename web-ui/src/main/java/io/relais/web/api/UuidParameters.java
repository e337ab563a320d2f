package io.relais.web.api;

import jakarta.ws.rs.BadRequestException;

import java.util.UUID;

/** Reads the ids of customers, conversations, interactions and merges from requests. */
final class UuidParameters {

    private UuidParameters() {
    }

    /** @param what what the id names, for the 400 reason: "customer id" */
    static UUID required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("a " + what + " is required");
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("not a " + what + ": " + text);
        }
    }

    /** An id the request may leave out: null then. */
    static UUID optional(String text, String what) {
        return text == null || text.isBlank() ? null : required(text, what);
    }
}
