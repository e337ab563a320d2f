package io.relais.routing.boundary;

import io.relais.shared.event.ServiceClockAlert;

import java.time.Instant;
import java.util.UUID;

/** A warning or breach that fired: which conversation, which clock, its deadline and when it fired. */
public record ClockAlertView(UUID conversationId, String clock, ServiceClockAlert.Level level, Instant deadline,
                             Instant firedAt) {
}
