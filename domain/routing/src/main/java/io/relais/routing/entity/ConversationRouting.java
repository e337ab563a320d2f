package io.relais.routing.entity;

import io.relais.routing.boundary.RoutingState;
import io.relais.shared.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a conversation stands in routing. Waiting, it sits in a queue ordered by its nearest
 * deadline, then priority; assigned, it weighs {@code units} on its agent's load; parked, it keeps
 * its owner, to whom it goes back when the customer writes again and the owner is available.
 */
@Entity
@Table(name = "rt_routing")
public class ConversationRouting {

    @Id
    @Column(name = "conversation_id")
    private UUID conversationId;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "queue_id", nullable = false)
    private UUID queueId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Channel channel;

    @Column(length = 8)
    private String language;

    @Column(length = 64)
    private String skill;

    @Column(nullable = false)
    private int priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RoutingState state;

    @Column(name = "warn_at")
    private Instant warnAt;

    private Instant deadline;

    @Column(name = "enqueued_at")
    private Instant enqueuedAt;

    @Column(name = "agent_id")
    private UUID agentId;

    @Column(name = "owner_id")
    private UUID ownerId;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(nullable = false)
    private int units;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalated_via", length = 32)
    private Channel escalatedVia;

    @Version
    private long version;

    protected ConversationRouting() {
    }

    public ConversationRouting(UUID conversationId, UUID customerId) {
        this.conversationId = conversationId;
        this.customerId = customerId;
        this.state = RoutingState.PARKED;
    }

    /** Puts the conversation (back) in a queue, keeping its owner. */
    public void enqueue(RoutingQueue queue, Channel channel, String language, int priority, Instant at) {
        this.queueId = queue.getId();
        this.channel = channel;
        this.language = queue.getLanguage() != null ? language : null;
        this.skill = queue.getSkill();
        this.priority = priority;
        this.state = RoutingState.WAITING;
        this.enqueuedAt = at;
        this.agentId = null;
        this.units = 0;
    }

    public void assign(UUID agentId, int units, Instant at) {
        this.state = RoutingState.ASSIGNED;
        this.agentId = agentId;
        this.ownerId = agentId;
        this.units = units;
        this.assignedAt = at;
    }

    /** Leaves the agent's load and the queue; the owner stays. */
    public void park() {
        this.state = RoutingState.PARKED;
        this.agentId = null;
        this.units = 0;
    }

    /** The most pressing clock's warning and deadline (none while nothing runs). */
    public void clock(Instant warnAt, Instant deadline) {
        this.warnAt = warnAt;
        this.deadline = deadline;
    }

    public void escalate(Channel via, int priority) {
        this.escalatedVia = via;
        this.priority = Math.max(this.priority, priority);
    }

    public UUID getConversationId() {
        return conversationId;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public UUID getQueueId() {
        return queueId;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getLanguage() {
        return language;
    }

    public String getSkill() {
        return skill;
    }

    public int getPriority() {
        return priority;
    }

    public RoutingState getState() {
        return state;
    }

    public Instant getWarnAt() {
        return warnAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getEnqueuedAt() {
        return enqueuedAt;
    }

    public UUID getAgentId() {
        return agentId;
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public int getUnits() {
        return units;
    }

    public Channel getEscalatedVia() {
        return escalatedVia;
    }
}
