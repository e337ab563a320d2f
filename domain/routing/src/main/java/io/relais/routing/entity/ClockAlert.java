package io.relais.routing.entity;

import io.relais.shared.Ids;
import io.relais.shared.event.ServiceClockAlert;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A warning or breach as it fired, kept for supervisors and reports. */
@Entity
@Table(name = "rt_clock_alert")
public class ClockAlert {

    @Id
    private UUID id;

    @Column(name = "clock_id", nullable = false)
    private UUID clockId;

    @Column(name = "conversation_id", nullable = false)
    private UUID conversationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ClockKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ServiceClockAlert.Level level;

    @Column(nullable = false)
    private Instant deadline;

    @Column(name = "fired_at", nullable = false)
    private Instant firedAt;

    protected ClockAlert() {
    }

    public ClockAlert(ServiceClock clock, ServiceClockAlert.Level level, Instant firedAt) {
        this.id = Ids.newId();
        this.clockId = clock.getId();
        this.conversationId = clock.getConversationId();
        this.kind = clock.getKind();
        this.level = level;
        this.deadline = clock.getDeadline();
        this.firedAt = firedAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getClockId() {
        return clockId;
    }

    public UUID getConversationId() {
        return conversationId;
    }

    public ClockKind getKind() {
        return kind;
    }

    public ServiceClockAlert.Level getLevel() {
        return level;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getFiredAt() {
        return firedAt;
    }
}
