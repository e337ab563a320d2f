package io.relais.timeline.boundary;

import io.relais.shared.Channel;
import io.relais.timeline.entity.Direction;
import io.relais.timeline.entity.InteractionKind;

import java.time.Instant;
import java.util.UUID;

/** One interaction in a customer's timeline, with the conversation it belongs to. */
public record TimelineEntry(UUID interactionId, UUID conversationId, String conversationSubject, Channel channel,
                            Direction direction, InteractionKind kind, Instant occurredAt, String text) {
}
