package io.relais.routing.boundary;

import io.relais.routing.control.OpeningSchedule;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The commitment that governs a conversation, ready to set deadlines: counted on its calendar's
 * opening hours when {@code schedule} is present, round the clock otherwise.
 */
public record AppliedCommitment(UUID commitmentId, String name, Duration firstResponse, Duration nextResponse,
                                Duration resolution, int warningPercent, OpeningSchedule schedule) {

    /** A target counted round the clock, for a promise or a clock whose commitment was removed. */
    public static AppliedCommitment roundTheClock(Duration target, int warningPercent) {
        return new AppliedCommitment(null, null, target, target, target, warningPercent, null);
    }

    /** When a target started at {@code start} falls due, {@code alreadySpent} of it having been used. */
    public Instant deadline(Instant start, Duration target, Duration alreadySpent) {
        Duration left = target.minus(alreadySpent);
        if (left.isNegative()) {
            left = Duration.ZERO;
        }
        return schedule == null ? start.plus(left) : schedule.plusOpenTime(start, left);
    }

    /** How much of a target passed between two moments. */
    public Duration spent(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        return schedule == null ? Duration.between(from, to) : schedule.openTimeBetween(from, to);
    }
}
