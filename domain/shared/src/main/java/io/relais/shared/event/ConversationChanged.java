package io.relais.shared.event;

import java.time.Instant;
import java.util.UUID;

/**
 * Something changed in a conversation (a message arrived, a reply left, its status moved).
 * Browsers showing that conversation or an inbox containing it refresh on this event.
 */
public record ConversationChanged(UUID conversationId, UUID customerId, Instant at) {
}
