package io.relais.routing.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A clock as agents see it: what it measures, its target, when it warns and falls due (absent
 * while paused), and what happened to it.
 */
public record ClockView(UUID conversationId, String kind, boolean paused, Instant startedAt, Duration target,
                        Instant warnAt, Instant deadline, Instant warnedAt, Instant breachedAt, Instant stoppedAt) {

    public boolean breached() {
        return breachedAt != null;
    }

    /** The more urgent of two open clocks: the nearer deadline; a paused one comes last. */
    public ClockView moreUrgent(ClockView other) {
        if (deadline == null) {
            return other.deadline == null ? this : other;
        }
        return other.deadline == null || !other.deadline.isBefore(deadline) ? this : other;
    }
}
