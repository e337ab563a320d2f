package io.relais.timeline.entity;

import io.relais.shared.Channel;
import io.relais.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Whether a customer agreed to be contacted on a channel, and when that was last said. */
@Entity
@Table(name = "tl_consent")
public class CustomerConsent {

    @Id
    private UUID id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Channel channel;

    @Column(nullable = false)
    private boolean granted;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CustomerConsent() {
    }

    public CustomerConsent(UUID customerId, Channel channel, boolean granted, Instant recordedAt) {
        this.id = Ids.newId();
        this.customerId = customerId;
        this.channel = channel;
        this.granted = granted;
        this.recordedAt = recordedAt;
    }

    /** A change of mind is recorded with its time; saying the same again changes nothing. */
    public void record(boolean newAnswer, Instant at) {
        if (granted != newAnswer) {
            granted = newAnswer;
            recordedAt = at;
        }
    }

    public Channel getChannel() {
        return channel;
    }

    public boolean isGranted() {
        return granted;
    }
}
