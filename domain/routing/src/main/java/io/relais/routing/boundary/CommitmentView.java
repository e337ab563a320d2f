package io.relais.routing.boundary;

import io.relais.shared.Channel;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A service commitment as it is stored; {@code specificity} counts the dimensions it fixes. */
public record CommitmentView(UUID id, String name, Channel channel, UUID motifId, String segment, int specificity,
                             Duration firstResponse, Duration nextResponse, Duration resolution, Counting counting,
                             UUID calendarId, String calendarName, int warningPercent, String wordingFr,
                             String wordingEn, boolean published, Instant updatedAt, long version) {
}
