package io.relais.shared.event;

import io.relais.shared.Channel;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer's message, call or letter was recorded (once: copies fire nothing). The timeline fires
 * it whatever door the contact came through (a channel adapter, the API, the demo), so that routing
 * starts or resumes the conversation's clocks and queues it alike; {@code automatic} says a machine
 * wrote it (an auto-reply, a bounce), which starts no clock and gets no automatic answer.
 */
public record InboundMessageRecorded(UUID customerId, UUID conversationId, UUID interactionId, Channel channel,
                                     Instant receivedAt, boolean newConversation, boolean automatic) {
}
