package io.relais.timeline.entity;

import io.relais.shared.Channel;
import io.relais.shared.Ids;
import io.relais.timeline.boundary.ConversationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer's request, followed across channels until it is resolved ("dossier").
 */
@Entity
@Table(name = "tl_conversation")
public class Conversation {

    public static final int PREVIEW_LENGTH = 200;

    @Id
    private UUID id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    /** A motif of the response library, by id. */
    @Column(name = "motif_id")
    private UUID motifId;

    /** The longest subject kept, to be read at a glance in the inbox. */
    public static final int SUBJECT_LENGTH = 80;

    @Column(nullable = false, length = 200)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ConversationStatus status;

    /** Mirrors {@code status.isActive()} so that the inbox reads one index in order. */
    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private int priority;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_channel", length = 32)
    private Channel lastChannel;

    @Column(name = "last_preview", length = PREVIEW_LENGTH)
    private String lastPreview;

    /** When the oldest inbound message still without an answer arrived; null when nobody waits. */
    @Column(name = "waiting_since")
    private Instant waitingSince;

    @Version
    private long version;

    protected Conversation() {
    }

    public Conversation(UUID customerId, UUID motifId, String subject, int priority, Instant openedAt) {
        this.id = Ids.newId();
        this.customerId = customerId;
        this.motifId = motifId;
        this.subject = subject;
        this.priority = priority;
        moveTo(ConversationStatus.OPEN);
        this.openedAt = openedAt;
        this.lastActivityAt = openedAt;
    }

    /** Keeps the inbox summary, the waiting clock and the status in step with a newly recorded interaction. */
    public void noteInteraction(Interaction interaction) {
        if (interaction.getOccurredAt().isBefore(lastActivityAt)) {
            return;
        }
        follow(interaction);
        switch (interaction.getDirection()) {
            case INBOUND -> {
                if (status == ConversationStatus.WAITING_FOR_CUSTOMER || status == ConversationStatus.RESOLVED) {
                    moveTo(ConversationStatus.WAITING_FOR_US);
                }
            }
            case OUTBOUND -> {
                if (status.isActive()) {
                    moveTo(ConversationStatus.WAITING_FOR_CUSTOMER);
                }
            }
            case INTERNAL -> {
                // a note changes nothing for the customer
            }
        }
    }

    /**
     * Rebuilds the summary (last activity, channel, preview, waiting clock) from the interactions
     * it now holds, oldest first, after some were moved in or out. The status stays the agents'.
     */
    public void replay(List<Interaction> oldestFirst) {
        lastActivityAt = openedAt;
        lastChannel = null;
        lastPreview = null;
        waitingSince = null;
        oldestFirst.forEach(this::follow);
    }

    /** The summary after one more interaction, the latest: a customer waits from his first unanswered message. */
    private void follow(Interaction interaction) {
        lastActivityAt = interaction.getOccurredAt();
        lastChannel = interaction.getChannel();
        lastPreview = preview(interaction.getText());
        switch (interaction.getDirection()) {
            case INBOUND -> {
                if (waitingSince == null) {
                    waitingSince = interaction.getOccurredAt();
                }
            }
            case OUTBOUND -> waitingSince = null;
            case INTERNAL -> {
                // a note changes nothing for the customer
            }
        }
    }

    /** Hands the conversation, as a whole, to another customer: by a merge or an unmerge. */
    public void belongTo(UUID customerId) {
        this.customerId = customerId;
    }

    /** For an erased customer: the subject and preview may tell who he is. */
    public void redact(String placeholderSubject) {
        subject = placeholderSubject;
        lastPreview = null;
    }

    public void moveTo(ConversationStatus newStatus) {
        status = newStatus;
        active = newStatus.isActive();
    }

    static String preview(String text) {
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= PREVIEW_LENGTH ? flat : flat.substring(0, PREVIEW_LENGTH - 1) + "…";
    }

    public UUID getId() {
        return id;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public UUID getMotifId() {
        return motifId;
    }

    public String getSubject() {
        return subject;
    }

    public ConversationStatus getStatus() {
        return status;
    }

    public int getPriority() {
        return priority;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Channel getLastChannel() {
        return lastChannel;
    }

    public String getLastPreview() {
        return lastPreview;
    }

    public Instant getWaitingSince() {
        return waitingSince;
    }
}
