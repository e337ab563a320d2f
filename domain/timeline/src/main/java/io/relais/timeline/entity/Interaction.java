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

/**
 * One thing that happened between the customer and the company, on one channel. The pair
 * (channel, provider message id) is unique so that a redelivered message is recorded once.
 */
@Entity
@Table(name = "tl_interaction")
public class Interaction {

    @Id
    private UUID id;

    @Column(name = "conversation_id", nullable = false)
    private UUID conversationId;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InteractionKind kind;

    @Column(name = "provider_message_id", length = 255)
    private String providerMessageId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "body_text", length = 1_000_000)
    private String text;

    protected Interaction() {
    }

    public Interaction(UUID conversationId, UUID customerId, Channel channel, Direction direction,
                       InteractionKind kind, String providerMessageId, Instant occurredAt, String text) {
        this.id = Ids.newId();
        this.conversationId = conversationId;
        this.customerId = customerId;
        this.channel = channel;
        this.direction = direction;
        this.kind = kind;
        this.providerMessageId = providerMessageId;
        this.occurredAt = occurredAt;
        this.text = text;
    }

    public UUID getId() {
        return id;
    }

    public UUID getConversationId() {
        return conversationId;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public Channel getChannel() {
        return channel;
    }

    public Direction getDirection() {
        return direction;
    }

    public InteractionKind getKind() {
        return kind;
    }

    public String getProviderMessageId() {
        return providerMessageId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getText() {
        return text;
    }
}
