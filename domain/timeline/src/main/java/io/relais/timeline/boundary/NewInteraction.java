package io.relais.timeline.boundary;

import io.relais.shared.Channel;

import java.time.Instant;
import java.util.UUID;

/**
 * An interaction to record in a conversation. {@code providerMessageId} is the id the channel's
 * provider gave it; when present, recording the same one twice returns the first record.
 */
public record NewInteraction(UUID conversationId, Channel channel, Direction direction, InteractionKind kind,
                             String providerMessageId, Instant occurredAt, String text, InteractionDetails details) {

    public NewInteraction {
        details = details == null ? InteractionDetails.NONE : details;
    }

    public NewInteraction(UUID conversationId, Channel channel, Direction direction, InteractionKind kind,
                          String providerMessageId, Instant occurredAt, String text) {
        this(conversationId, channel, direction, kind, providerMessageId, occurredAt, text, InteractionDetails.NONE);
    }
}
