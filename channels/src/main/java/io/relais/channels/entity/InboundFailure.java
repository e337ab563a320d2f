package io.relais.channels.entity;

import io.relais.shared.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Why a queued message is not recorded yet, kept until it is recorded or discarded. */
@Entity
@Table(name = "ch_inbound_failure")
public class InboundFailure {

    static final int MAX_REASON = 2000;

    @Id
    @Column(name = "pipeline_id")
    private UUID pipelineId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Channel channel;

    @Column(name = "provider_message_id", nullable = false, length = 255)
    private String providerMessageId;

    @Column(nullable = false, length = 320)
    private String sender;

    @Column(nullable = false)
    private int attempts;

    /** A retry cannot help (the timeline refused the message as it is). */
    @Column(nullable = false)
    private boolean refused;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "first_failed_at", nullable = false)
    private Instant firstFailedAt;

    @Column(name = "last_failed_at", nullable = false)
    private Instant lastFailedAt;

    protected InboundFailure() {
    }

    public InboundFailure(UUID pipelineId, Channel channel, String providerMessageId, String sender, Instant at) {
        this.pipelineId = pipelineId;
        this.channel = channel;
        this.providerMessageId = providerMessageId;
        this.sender = sender;
        this.firstFailedAt = at;
        this.lastFailedAt = at;
        this.reason = "";
    }

    public void failed(int attempts, boolean refused, String reason, Instant at) {
        this.attempts = Math.max(this.attempts + 1, attempts);
        this.refused = refused;
        this.reason = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        this.lastFailedAt = at;
    }

    public UUID getPipelineId() {
        return pipelineId;
    }

    public int getAttempts() {
        return attempts;
    }

    public boolean isRefused() {
        return refused;
    }

    public String getReason() {
        return reason;
    }

    public Instant getLastFailedAt() {
        return lastFailedAt;
    }
}
