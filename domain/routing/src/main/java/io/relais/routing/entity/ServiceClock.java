package io.relais.routing.entity;

import io.relais.shared.Channel;
import io.relais.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A clock on a conversation: it runs from {@code runningSince}, has used {@code spentSeconds} of
 * its target before that (in its commitment's counting), and keeps its warning and deadline as
 * instants so that a sweep, on any node and after any restart, finds what fell due. Paused, it has
 * no deadline; stopped, it keeps when it stopped and whether it had been breached.
 */
@Entity
@Table(name = "rt_clock")
public class ServiceClock {

    @Id
    private UUID id;

    @Column(name = "conversation_id", nullable = false)
    private UUID conversationId;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ClockKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Channel channel;

    @Column(name = "motif_id")
    private UUID motifId;

    @Column(length = 32)
    private String segment;

    @Column(name = "commitment_id")
    private UUID commitmentId;

    @Column(name = "promise_id")
    private UUID promiseId;

    @Column(name = "target_seconds", nullable = false)
    private long targetSeconds;

    @Column(name = "warning_percent", nullable = false)
    private int warningPercent;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "running_since")
    private Instant runningSince;

    @Column(name = "spent_seconds", nullable = false)
    private long spentSeconds;

    @Column(name = "warn_at")
    private Instant warnAt;

    private Instant deadline;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "warned_at")
    private Instant warnedAt;

    @Column(name = "breached_at")
    private Instant breachedAt;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Version
    private long version;

    protected ServiceClock() {
    }

    /** A clock for a commitment's target, started by a customer's message on a channel. */
    public static ServiceClock forCommitment(UUID conversationId, UUID customerId, ClockKind kind, Channel channel,
                                             UUID motifId, String segment, UUID commitmentId, Duration target,
                                             int warningPercent, Instant startedAt) {
        var clock = new ServiceClock();
        clock.id = Ids.newId();
        clock.conversationId = conversationId;
        clock.customerId = customerId;
        clock.kind = kind;
        clock.channel = channel;
        clock.motifId = motifId;
        clock.segment = segment;
        clock.commitmentId = commitmentId;
        clock.targetSeconds = target.toSeconds();
        clock.warningPercent = warningPercent;
        clock.startedAt = startedAt;
        clock.runningSince = startedAt;
        return clock;
    }

    /** A clock on an agent's promise: due when promised, counted round the clock, never paused. */
    public static ServiceClock forPromise(UUID conversationId, UUID customerId, UUID promiseId, Instant madeAt,
                                          Instant dueAt, int warningPercent) {
        var clock = new ServiceClock();
        clock.id = Ids.newId();
        clock.conversationId = conversationId;
        clock.customerId = customerId;
        clock.kind = ClockKind.PROMISE;
        clock.promiseId = promiseId;
        clock.targetSeconds = Math.max(0, Duration.between(madeAt, dueAt).toSeconds());
        clock.warningPercent = warningPercent;
        clock.startedAt = madeAt;
        clock.runningSince = madeAt;
        return clock;
    }

    /** Sets when the clock warns and falls due, as its commitment's calendar counts them. */
    public void schedule(Instant warnAt, Instant deadline) {
        this.warnAt = warnAt;
        this.deadline = deadline;
        nextDue();
    }

    /** Stops counting: what was used so far is kept, and nothing falls due until it resumes. */
    public void pause(Duration spentSinceRunning) {
        spentSeconds += spentSinceRunning.toSeconds();
        runningSince = null;
        warnAt = null;
        deadline = null;
        dueAt = null;
    }

    /** Counts again from {@code at}; the caller schedules the new warning and deadline. */
    public void resume(Instant at) {
        runningSince = at;
    }

    public void stop(Instant at) {
        stoppedAt = at;
        dueAt = null;
    }

    /** Takes a changed commitment: its target and warning share from now on, time already used kept. */
    public void retarget(UUID commitmentId, Duration target, int warningPercent) {
        this.commitmentId = commitmentId;
        this.targetSeconds = target.toSeconds();
        this.warningPercent = warningPercent;
    }

    public void warned(Instant at) {
        warnedAt = at;
        nextDue();
    }

    public void breached(Instant at) {
        if (warnedAt == null) {
            warnedAt = at;
        }
        breachedAt = at;
        nextDue();
    }

    private void nextDue() {
        if (stoppedAt != null || runningSince == null) {
            dueAt = null;
        } else if (warnedAt == null && warnAt != null) {
            dueAt = warnAt;
        } else if (breachedAt == null) {
            dueAt = deadline;
        } else {
            dueAt = null;
        }
    }

    public boolean isRunning() {
        return stoppedAt == null && runningSince != null;
    }

    public boolean isPaused() {
        return stoppedAt == null && runningSince == null;
    }

    public boolean isStopped() {
        return stoppedAt != null;
    }

    public Duration target() {
        return Duration.ofSeconds(targetSeconds);
    }

    public Duration spentBeforeRunning() {
        return Duration.ofSeconds(spentSeconds);
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

    public ClockKind getKind() {
        return kind;
    }

    public Channel getChannel() {
        return channel;
    }

    public UUID getMotifId() {
        return motifId;
    }

    public String getSegment() {
        return segment;
    }

    public UUID getCommitmentId() {
        return commitmentId;
    }

    public UUID getPromiseId() {
        return promiseId;
    }

    public int getWarningPercent() {
        return warningPercent;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getRunningSince() {
        return runningSince;
    }

    public Instant getWarnAt() {
        return warnAt;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getWarnedAt() {
        return warnedAt;
    }

    public Instant getBreachedAt() {
        return breachedAt;
    }

    public Instant getStoppedAt() {
        return stoppedAt;
    }
}
