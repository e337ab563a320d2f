package io.relais.timeline.boundary;

import io.relais.shared.Channel;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Which part of a timeline to read. Empty sets and nulls mean "any"; {@code from} is inclusive,
 * {@code to} exclusive.
 */
public record TimelineFilter(Set<Channel> channels, Set<InteractionKind> kinds, UUID conversationId,
                             Instant from, Instant to) {

    public TimelineFilter {
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("'from' must be before 'to'");
        }
    }

    public static TimelineFilter everything() {
        return new TimelineFilter(Set.of(), Set.of(), null, null, null);
    }
}
