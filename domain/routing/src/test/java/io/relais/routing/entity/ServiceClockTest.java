package io.relais.routing.entity;

import io.relais.shared.Channel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceClockTest {

    private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    private static ServiceClock emailClock() {
        ServiceClock clock = ServiceClock.forCommitment(UUID.randomUUID(), UUID.randomUUID(), ClockKind.FIRST_RESPONSE,
                Channel.EMAIL, null, null, UUID.randomUUID(), Duration.ofHours(48), 80, START);
        clock.schedule(START.plus(Duration.ofMinutes(2304)), START.plus(Duration.ofHours(48)));
        return clock;
    }

    @Test
    void the_sweep_looks_at_the_warning_then_the_deadline_then_nothing() {
        ServiceClock clock = emailClock();
        assertEquals(clock.getWarnAt(), clock.getDueAt());
        clock.warned(clock.getWarnAt());
        assertEquals(clock.getDeadline(), clock.getDueAt());
        clock.breached(clock.getDeadline());
        assertNull(clock.getDueAt(), "a breached clock has nothing left to fire");
        assertTrue(clock.isRunning(), "it keeps running until someone answers");
    }

    @Test
    void a_paused_clock_keeps_the_time_used_and_falls_due_nowhere() {
        ServiceClock clock = emailClock();
        clock.pause(Duration.ofHours(3));
        assertTrue(clock.isPaused());
        assertNull(clock.getDueAt());
        assertNull(clock.getDeadline());
        assertEquals(Duration.ofHours(3), clock.spentBeforeRunning());
        clock.resume(START.plus(Duration.ofDays(1)));
        clock.schedule(START.plus(Duration.ofDays(2)), START.plus(Duration.ofDays(3)));
        assertEquals(START.plus(Duration.ofDays(2)), clock.getDueAt());
    }

    @Test
    void a_breach_also_counts_as_warned_and_a_stopped_clock_fires_nothing() {
        ServiceClock clock = emailClock();
        clock.breached(START.plus(Duration.ofDays(3)));
        assertEquals(START.plus(Duration.ofDays(3)), clock.getWarnedAt());
        ServiceClock answered = emailClock();
        answered.stop(START.plus(Duration.ofHours(1)));
        assertTrue(answered.isStopped());
        assertNull(answered.getDueAt());
    }
}
