package io.relais.timeline.boundary;

import java.util.UUID;

/** The interaction's id, and whether it had been recorded before (a redelivered message). */
public record RecordedInteraction(UUID interactionId, boolean duplicate) {
}
