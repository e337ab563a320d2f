package io.relais.timeline.entity;

import io.relais.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * Evidence that two customers may be one, found while reading what one of them wrote (he quoted
 * the other's customer number). Kept, because the message that showed it is not read twice.
 */
@Entity
@Table(name = "tl_merge_hint")
public class MergeHint {

    @Id
    private UUID id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "other_customer_id", nullable = false)
    private UUID otherCustomerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MergeReason reason;

    @Column(nullable = false, length = 200)
    private String evidence;

    @Column(name = "found_at", nullable = false)
    private Instant foundAt;

    protected MergeHint() {
    }

    public MergeHint(UUID customerId, UUID otherCustomerId, MergeReason reason, String evidence, Instant foundAt) {
        this.id = Ids.newId();
        this.customerId = customerId;
        this.otherCustomerId = otherCustomerId;
        this.reason = reason;
        this.evidence = evidence;
        this.foundAt = foundAt;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public UUID getOtherCustomerId() {
        return otherCustomerId;
    }

    public MergeReason getReason() {
        return reason;
    }

    public String getEvidence() {
        return evidence;
    }
}
