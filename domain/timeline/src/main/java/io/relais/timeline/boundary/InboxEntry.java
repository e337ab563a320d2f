package io.relais.timeline.boundary;

import io.relais.shared.Channel;

import java.time.Instant;
import java.util.UUID;

/** One line of an agent's inbox: an open conversation and what happened last in it. */
public record InboxEntry(UUID conversationId, String subject, UUID customerId, String customerName,
                         Channel lastChannel, UUID motifId, String lastMessage, Instant lastActivityAt,
                         Instant waitingSince, ConversationStatus status, int priority) {
}
