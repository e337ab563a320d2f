package io.relais.timeline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A provider's thread reference (Message-ID, chat session, social thread) tied to one conversation. */
@Entity
@Table(name = "tl_thread_key")
public class ThreadKey {

    public static final int MAX_LENGTH = 500;

    @Id
    @Column(name = "thread_key", length = MAX_LENGTH)
    private String key;

    @Column(name = "conversation_id", nullable = false)
    private UUID conversationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ThreadKey() {
    }

    public ThreadKey(String key, UUID conversationId, Instant createdAt) {
        this.key = key;
        this.conversationId = conversationId;
        this.createdAt = createdAt;
    }

    public String getKey() {
        return key;
    }

    public UUID getConversationId() {
        return conversationId;
    }
}
