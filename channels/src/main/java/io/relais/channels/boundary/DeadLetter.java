package io.relais.channels.boundary;

import io.relais.shared.Channel;

import java.time.Instant;
import java.util.UUID;

/**
 * A message on the inbound dead-letter queue, as administrators see it: what it is, how often it
 * failed and why. {@code refused} says a replay alone will fail again (the timeline refused it as
 * it is); otherwise it failed five times in a row and may pass once the cause is fixed.
 */
public record DeadLetter(String id, UUID pipelineId, Channel channel, String providerMessageId, String sender,
                         Instant receivedAt, int attempts, boolean refused, String reason, Instant failedAt) {
}
