package io.relais.shared.event;

import java.time.Instant;
import java.util.UUID;

/**
 * An agent promised something by a date ("rappel demain 10 h"), or said it was kept or broken
 * ({@code settled}). Routing keeps a clock on each pending promise.
 */
public record PromiseMade(UUID conversationId, UUID customerId, UUID interactionId, Instant madeAt, Instant dueAt,
                          boolean settled) {
}
