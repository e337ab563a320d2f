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

    @Column(name = "conversation_id")
    private UUID conversationId;

    /** Where the message came in: a mailbox's address, a chat site. */
    @Column(length = 320)
    private String endpoint;

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

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected InboundRaw() {
    }

    public InboundRaw(UUID pipelineId, UUID interactionId, UUID conversationId, String endpoint, Channel channel,
                      String providerMessageId, String mediaType, byte[] payload, Instant receivedAt) {
        this.pipelineId = pipelineId;
        this.interactionId = interactionId;
        this.conversationId = conversationId;
        this.endpoint = endpoint;
        this.channel = channel;
        this.providerMessageId = providerMessageId;
        this.mediaType = mediaType;
        this.payload = payload;
        this.receivedAt = receivedAt;
        this.recordedAt = Instant.now();
    }
}
