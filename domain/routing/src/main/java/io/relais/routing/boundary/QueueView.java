package io.relais.routing.boundary;

import io.relais.shared.Channel;

import java.time.Instant;
import java.util.UUID;

/**
 * A queue as supervisors watch it: what it takes, how many conversations wait, since when the
 * oldest waits, how many are past their warning ({@code atRisk}) and past their deadline.
 */
public record QueueView(UUID id, String name, Channel channel, UUID motifId, String language, String skill,
                        long waiting, Instant oldestWaitingSince, long atRisk, long breached) {
}
