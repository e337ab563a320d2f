package io.relais.responses.entity;

import io.relais.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An agent's word that a variant did not solve the customer's question. */
@Entity
@Table(name = "rs_feedback")
public class Feedback {

    @Id
    private UUID id;

    @Column(name = "variant_id", nullable = false)
    private UUID variantId;

    @Column(nullable = false, length = 100)
    private String agent;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(name = "interaction_id")
    private UUID interactionId;

    @Column(name = "comment_text", length = 1000)
    private String comment;

    protected Feedback() {
    }

    public Feedback(UUID variantId, String agent, Instant happenedAt, UUID interactionId, String comment) {
        this.id = Ids.newId();
        this.variantId = variantId;
        this.agent = agent;
        this.happenedAt = happenedAt;
        this.interactionId = interactionId;
        this.comment = comment;
    }

    public UUID getVariantId() {
        return variantId;
    }

    public String getAgent() {
        return agent;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getComment() {
        return comment;
    }
}
