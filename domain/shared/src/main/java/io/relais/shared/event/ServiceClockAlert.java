package io.relais.shared.event;

import java.time.Instant;
import java.util.UUID;

/**
 * A service clock of a conversation reached its warning share or its deadline. Supervisors' pages
 * are pushed, and the alert is kept for reports.
 */
public record ServiceClockAlert(UUID conversationId, UUID customerId, String clock, Level level, Instant deadline,
                                Instant at) {

    public enum Level {
        WARNING,
        BREACH
    }
}
