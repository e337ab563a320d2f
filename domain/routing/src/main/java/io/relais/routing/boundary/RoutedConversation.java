package io.relais.routing.boundary;

import io.relais.shared.Channel;

import java.time.Instant;
import java.util.UUID;

/**
 * A conversation in routing: its queue, state, urgency (most pressing clock), who has it, who owns
 * it, and the channel a customer escalated through, if he did.
 */
public record RoutedConversation(UUID conversationId, UUID customerId, String queue, Channel channel, int priority,
                                 RoutingState state, Instant warnAt, Instant deadline, Instant enqueuedAt,
                                 String agent, String agentName, String owner, Channel escalatedVia) {
}
