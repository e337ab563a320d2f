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

/** The payload of a recorded inbound message as its provider sent it, for audits and re-reading. */
@Entity
@Table(name = "ch_inbound_raw")
public class InboundRaw {

    @Id
    @Column(name = "pipeline_id")
    private UUID pipelineId;

    @Column(name = "interaction_id", nullable = false)
    private UUID interactionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Channel channel;

    @Column(name = "provider_message_id", nullable = false, length = 255)
    private String providerMessageId;

    @Column(name = "media_type", length = 255)
    private String mediaType;

    @Column(nullable = false)
    private byte[] payload;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected InboundRaw() {
    }

    public InboundRaw(UUID pipelineId, UUID interactionId, Channel channel, String providerMessageId,
                      String mediaType, byte[] payload, Instant receivedAt) {
        this.pipelineId = pipelineId;
        this.interactionId = interactionId;
        this.channel = channel;
        this.providerMessageId = providerMessageId;
        this.mediaType = mediaType;
        this.payload = payload;
        this.receivedAt = receivedAt;
    }

    public UUID getInteractionId() {
        return interactionId;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getPayload() {
        return payload;
    }
}
