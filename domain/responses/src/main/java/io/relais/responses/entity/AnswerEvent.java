package io.relais.responses.entity;

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
 * One step in an answer's history: who wrote, submitted, approved, returned or retired it, and
 * when. An approval keeps a snapshot of what was approved (JSON), so any version can be read again.
 */
@Entity
@Table(name = "rs_answer_event")
public class AnswerEvent {

    public enum Action { CREATED, EDITED, SUBMITTED, APPROVED, RETURNED, RETIRED }

    @Id
    private UUID id;

    @Column(name = "answer_id", nullable = false)
    private UUID answerId;

    @Column(nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Action action;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    @Column(length = 1000)
    private String note;

    @Column(columnDefinition = "text")
    private String snapshot;

    protected AnswerEvent() {
    }

    public AnswerEvent(UUID answerId, int version, Action action, String actor, Instant happenedAt, String note,
                       String snapshot) {
        this.id = Ids.newId();
        this.answerId = answerId;
        this.version = version;
        this.action = action;
        this.actor = actor;
        this.happenedAt = happenedAt;
        this.note = note;
        this.snapshot = snapshot;
    }

    public UUID getAnswerId() {
        return answerId;
    }

    public int getVersion() {
        return version;
    }

    public Action getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getNote() {
        return note;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
