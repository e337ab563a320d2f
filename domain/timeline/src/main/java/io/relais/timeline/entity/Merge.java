package io.relais.timeline.entity;

import io.relais.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One customer merged into another: who did it, when and why, and later who undid it. What it
 * moved is listed in {@code tl_merge_moved}, by record type and id.
 */
@Entity
@Table(name = "tl_merge")
public class Merge {

    /** The kinds of record a merge moves, as written in {@code tl_merge_moved.record_type}. */
    public enum Moved {
        IDENTITY,
        CONVERSATION,
        INTERACTION
    }

    @Id
    private UUID id;

    @Column(name = "survivor_id", nullable = false)
    private UUID survivorId;

    @Column(name = "absorbed_id", nullable = false)
    private UUID absorbedId;

    @Column(name = "merged_by", nullable = false, length = 100)
    private String mergedBy;

    @Column(name = "merged_at", nullable = false)
    private Instant mergedAt;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "unmerged_by", length = 100)
    private String unmergedBy;

    @Column(name = "unmerged_at")
    private Instant unmergedAt;

    @Column(name = "unmerge_reason", length = 500)
    private String unmergeReason;

    protected Merge() {
    }

    public Merge(UUID survivorId, UUID absorbedId, String mergedBy, String reason, Instant mergedAt) {
        this.id = Ids.newId();
        this.survivorId = survivorId;
        this.absorbedId = absorbedId;
        this.mergedBy = mergedBy;
        this.reason = reason;
        this.mergedAt = mergedAt;
    }

    public void undo(String by, String why, Instant at) {
        unmergedBy = by;
        unmergeReason = why;
        unmergedAt = at;
    }

    public boolean isUndone() {
        return unmergedAt != null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getSurvivorId() {
        return survivorId;
    }

    public UUID getAbsorbedId() {
        return absorbedId;
    }

    public String getMergedBy() {
        return mergedBy;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    public String getReason() {
        return reason;
    }

    public String getUnmergedBy() {
        return unmergedBy;
    }

    public Instant getUnmergedAt() {
        return unmergedAt;
    }

    public String getUnmergeReason() {
        return unmergeReason;
    }
}
