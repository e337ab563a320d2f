package io.relais.routing.boundary;

import io.relais.shared.Channel;

import java.time.Duration;
import java.util.UUID;

/**
 * A service commitment as an admin writes it. Channel, motif and segment (a customer value tier)
 * left empty mean "any". Next response and resolution targets are optional; the warning comes at
 * {@code warningPercent} of a target (80 when empty); the calendar defaults to the first one.
 */
public record CommitmentDefinition(String name, Channel channel, UUID motifId, String segment, Duration firstResponse,
                                   Duration nextResponse, Duration resolution, Counting counting, UUID calendarId,
                                   Integer warningPercent, String wordingFr, String wordingEn, boolean published) {
}
