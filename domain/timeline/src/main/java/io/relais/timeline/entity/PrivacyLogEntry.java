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

/** An export or an erasure of a customer's data (RGPD), kept after the customer is gone. */
@Entity
@Table(name = "tl_privacy_log")
public class PrivacyLogEntry {

    public enum Action {
        EXPORT,
        ERASURE
    }

    @Id
    private UUID id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Action action;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    protected PrivacyLogEntry() {
    }

    public PrivacyLogEntry(UUID customerId, Action action, String actor, String reason, Instant doneAt) {
        this.id = Ids.newId();
        this.customerId = customerId;
        this.action = action;
        this.actor = actor;
        this.reason = reason;
        this.doneAt = doneAt;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public Action getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public String getReason() {
        return reason;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
