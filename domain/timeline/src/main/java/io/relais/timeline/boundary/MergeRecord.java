package io.relais.timeline.boundary;

import java.time.Instant;
import java.util.UUID;

/** A merge as the audit shows it; the unmerge fields are null while it stands. */
public record MergeRecord(UUID mergeId, UUID survivorId, UUID absorbedId, String mergedBy, Instant mergedAt,
                          String reason, String unmergedBy, Instant unmergedAt, String unmergeReason) {
}
