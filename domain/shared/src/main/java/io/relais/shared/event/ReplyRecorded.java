package io.relais.shared.event;

import io.relais.shared.Channel;

import java.time.Instant;
import java.util.UUID;

/**
 * An agent answered the customer (a message, a call, a letter), on any channel. Routing stops the
 * conversation's response clocks on it.
 */
public record ReplyRecorded(UUID conversationId, UUID customerId, UUID interactionId, Channel channel, Instant at) {
}
