package io.relais.routing.boundary;

import io.relais.routing.entity.ClockAlert;
import io.relais.routing.entity.ClockKind;
import io.relais.routing.entity.ServiceClock;
import io.relais.shared.Channel;
import io.relais.shared.event.ConversationStatusChanged;
import io.relais.shared.event.PromiseMade;
import io.relais.shared.event.ReplyRecorded;
import io.relais.shared.event.ServiceClockAlert;
import io.relais.shared.event.ServiceClockAlerts;
import io.relais.timeline.boundary.ConversationFacts;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The clocks of service commitments. A customer's message starts a response clock (first, then
 * next) and a resolution clock; an agent's reply on any channel stops the response clocks; waiting
 * for the customer pauses them and his next message resumes them; a finished conversation stops
 * them. Each change happens in the transaction that records the message or the status, so a clock
 * is never out of step with the timeline ({@link ConversationEvents} calls in). Deadlines are
 * stored; {@link #fireDue} finds what fell due.
 */
@Stateless
public class ServiceClocks {

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Inject
    ServiceCommitments commitments;

    @Inject
    Event<ServiceClockAlerts> alerts;

    @Inject
    QueueIntake intake;

    /** A customer's message in an open conversation: resumes paused clocks, starts what is missing. */
    public void customerWrote(ConversationFacts facts, Channel channel, Instant at) {
        Optional<AppliedCommitment> found = commitments.applicable(channel, facts.motifId(), facts.valueTier());
        if (found.isEmpty()) {
            return;
        }
        AppliedCommitment rule = found.get();
        List<ServiceClock> clocks = clocksOf(facts.conversationId());
        for (ServiceClock clock : clocks) {
            if (clock.isPaused() && clock.getKind() != ClockKind.PROMISE) {
                resume(clock, at);
            }
        }
        boolean answering = clocks.stream().anyMatch(c -> c.getKind().isResponse() && !c.isStopped());
        if (!answering) {
            boolean answeredBefore = clocks.stream().anyMatch(c -> c.getKind().isResponse());
            ClockKind kind = answeredBefore ? ClockKind.NEXT_RESPONSE : ClockKind.FIRST_RESPONSE;
            start(facts, channel, kind, rule, at);
        }
        boolean resolving = clocks.stream().anyMatch(c -> c.getKind() == ClockKind.RESOLUTION && !c.isStopped());
        if (!resolving && rule.resolution() != null) {
            start(facts, channel, ClockKind.RESOLUTION, rule, at);
        }
    }

    /** An agent answered: the response clocks stop. */
    public void replied(ReplyRecorded reply) {
        for (ServiceClock clock : clocksOf(reply.conversationId())) {
            if (clock.getKind().isResponse() && !clock.isStopped()) {
                stop(clock, reply.at());
            }
        }
    }

    /** Waiting for the customer pauses the clocks, waiting for us resumes them, the end stops them. */
    public void statusChanged(ConversationStatusChanged change) {
        for (ServiceClock clock : clocksOf(change.conversationId())) {
            if (clock.getKind() == ClockKind.PROMISE || clock.isStopped()) {
                continue;
            }
            switch (change.stage()) {
                case WAITING_FOR_CUSTOMER -> {
                    if (clock.isRunning()) {
                        clock.pause(spent(clock, change.at()));
                    }
                }
                case WAITING_FOR_US -> {
                    if (clock.isPaused()) {
                        resume(clock, change.at());
                    }
                }
                case FINISHED -> stop(clock, change.at());
            }
        }
    }

    /** A promise made starts a clock due when promised; settled, it stops. */
    public void promise(PromiseMade promise) {
        if (promise.settled()) {
            em.createQuery("select c from ServiceClock c where c.promiseId = :promise and c.stoppedAt is null",
                            ServiceClock.class)
                    .setParameter("promise", promise.interactionId())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream().forEach(clock -> stop(clock, Instant.now()));
            return;
        }
        if (promise.dueAt() == null) {
            return;
        }
        ServiceClock clock = ServiceClock.forPromise(promise.conversationId(), promise.customerId(),
                promise.interactionId(), promise.madeAt(), promise.dueAt(), ServiceCommitments.DEFAULT_WARNING_PERCENT);
        clock.schedule(promise.madeAt().plus(clock.target().multipliedBy(clock.getWarningPercent()).dividedBy(100)),
                promise.dueAt());
        em.persist(clock);
    }

    /**
     * Fires the warnings and breaches due at {@code now}, at most {@code limit} clocks, oldest due
     * first, and records each. The rows are locked, so two nodes sweeping at once fire each once.
     *
     * @return how many clocks were handled; less than {@code limit} means none is left due
     */
    public int fireDue(Instant now, int limit) {
        List<ServiceClock> due = em.createQuery("select c from ServiceClock c where c.dueAt <= :now order by c.dueAt",
                        ServiceClock.class)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(limit)
                .getResultList();
        List<UUID> breached = new ArrayList<>();
        List<UUID> warned = new ArrayList<>();
        List<ServiceClockAlert> fired = new ArrayList<>();
        for (ServiceClock clock : due) {
            if (clock.getDueAt() == null || clock.getDueAt().isAfter(now)) {
                continue;
            }
            ServiceClockAlert.Level level;
            if (clock.getDeadline() != null && !clock.getDeadline().isAfter(now)) {
                breached.add(clock.getId());
                level = ServiceClockAlert.Level.BREACH;
            } else {
                warned.add(clock.getId());
                level = ServiceClockAlert.Level.WARNING;
            }
            em.persist(new ClockAlert(clock, level, now));
            fired.add(new ServiceClockAlert(clock.getConversationId(), clock.getCustomerId(), clock.getKind().name(),
                    level, clock.getDeadline(), now));
        }
        if (!fired.isEmpty()) {
            alerts.fire(new ServiceClockAlerts(fired));
        }
        // One statement per kind of change for the whole batch: the rows are locked already, and
        // these clocks are not touched again in this transaction.
        if (!breached.isEmpty()) {
            em.createQuery("update ServiceClock c set c.warnedAt = coalesce(c.warnedAt, :now), c.breachedAt = :now, "
                            + "c.dueAt = null, c.version = c.version + 1 where c.id in :ids")
                    .setParameter("now", now).setParameter("ids", breached).executeUpdate();
        }
        if (!warned.isEmpty()) {
            em.createQuery("update ServiceClock c set c.warnedAt = :now, c.dueAt = c.deadline, "
                            + "c.version = c.version + 1 where c.id in :ids")
                    .setParameter("now", now).setParameter("ids", warned).executeUpdate();
        }
        return due.size();
    }

    /** The clocks of a conversation, newest first. */
    public List<ClockView> clocks(UUID conversationId) {
        return em.createQuery("select c from ServiceClock c where c.conversationId = :conversation "
                        + "order by c.startedAt desc, c.kind", ServiceClock.class)
                .setParameter("conversation", conversationId)
                .getResultStream().map(ServiceClocks::view).toList();
    }

    /**
     * The customer's conversation still waiting for an answer from before {@code before} (a
     * response clock that has not stopped), the longest-waiting first.
     */
    public Optional<UUID> unansweredConversation(UUID customerId, Instant before) {
        return em.createQuery("select c.conversationId from ServiceClock c where c.customerId = :customer "
                        + "and c.kind in :kinds and c.stoppedAt is null and c.startedAt < :before "
                        + "order by c.startedAt", UUID.class)
                .setParameter("customer", customerId)
                .setParameter("kinds", List.of(ClockKind.FIRST_RESPONSE, ClockKind.NEXT_RESPONSE))
                .setParameter("before", before)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The most pressing open clock of a conversation, if any. */
    public Optional<ClockView> mostPressing(UUID conversationId) {
        // Not through the list form: Hibernate translates a query with a list parameter at each run,
        // and this one runs for every message recorded.
        return em.createQuery("select c from ServiceClock c where c.conversationId = :id and c.stoppedAt is null",
                        ServiceClock.class)
                .setParameter("id", conversationId)
                .getResultList().stream()
                .map(ServiceClocks::view)
                .reduce(ClockView::moreUrgent);
    }

    /** For lists of conversations: the most pressing open clock of each (nearest deadline, paused last). */
    public Map<UUID, ClockView> mostPressing(Collection<UUID> conversationIds) {
        if (conversationIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from ServiceClock c where c.conversationId in :ids and c.stoppedAt is null",
                        ServiceClock.class)
                .setParameter("ids", conversationIds)
                .getResultStream()
                .map(ServiceClocks::view)
                .collect(Collectors.toMap(ClockView::conversationId, c -> c, ClockView::moreUrgent));
    }

    /** Warnings and breaches fired since a moment, newest first. */
    public List<ClockAlertView> alertsSince(Instant since, int limit) {
        return em.createQuery("select a from ClockAlert a where a.firedAt >= :since order by a.firedAt desc",
                        ClockAlert.class)
                .setParameter("since", since)
                .setMaxResults(Math.max(1, Math.min(limit, 1_000)))
                .getResultStream()
                .map(a -> new ClockAlertView(a.getConversationId(), a.getKind().name(), a.getLevel(), a.getDeadline(),
                        a.getFiredAt()))
                .toList();
    }

    /**
     * Computes open clocks again after commitments or calendars changed, a batch at a time in id
     * order: each takes the rule that now applies to it, keeping the time it already used; one left
     * without a rule stops. The queues, which order waiting conversations by their most pressing
     * deadline, follow in the same transaction.
     *
     * @return the id to continue after, or empty when every open clock was seen
     */
    public Optional<UUID> reevaluate(UUID afterId, int limit) {
        List<ServiceClock> open = em.createQuery("select c from ServiceClock c where c.stoppedAt is null "
                        + "and c.kind <> :promise and c.id > :after order by c.id", ServiceClock.class)
                .setParameter("promise", ClockKind.PROMISE)
                .setParameter("after", afterId == null ? new UUID(0, 0) : afterId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(limit)
                .getResultList();
        Instant now = Instant.now();
        for (ServiceClock clock : open) {
            Optional<AppliedCommitment> rule = commitments.applicable(clock.getChannel(), clock.getMotifId(),
                    clock.getSegment());
            Duration target = rule.map(r -> targetOf(r, clock.getKind())).orElse(null);
            if (target == null) {
                if (clock.isRunning()) {
                    clock.pause(Duration.ZERO);
                }
                clock.stop(now);
                continue;
            }
            clock.retarget(rule.get().commitmentId(), target, rule.get().warningPercent());
            if (clock.isRunning()) {
                schedule(clock, rule.get());
            }
        }
        Set<UUID> conversations = open.stream().map(ServiceClock::getConversationId).collect(Collectors.toSet());
        Map<UUID, ClockView> pressing = mostPressing(conversations);
        conversations.forEach(id -> intake.clockChanged(id, Optional.ofNullable(pressing.get(id))));
        return open.size() < limit ? Optional.empty() : Optional.of(open.get(open.size() - 1).getId());
    }

    private void start(ConversationFacts facts, Channel channel, ClockKind kind, AppliedCommitment rule, Instant at) {
        ServiceClock clock = ServiceClock.forCommitment(facts.conversationId(), facts.customerId(), kind, channel,
                facts.motifId(), facts.valueTier(), rule.commitmentId(), targetOf(rule, kind), rule.warningPercent(), at);
        schedule(clock, rule);
        em.persist(clock);
    }

    /** Stops a clock; one stopped after its deadline, before the sweep saw it, is recorded as breached. */
    private void stop(ServiceClock clock, Instant at) {
        if (clock.isRunning()) {
            if (clock.getBreachedAt() == null && clock.getDeadline() != null && clock.getDeadline().isBefore(at)) {
                breach(clock, at);
            }
            clock.pause(spent(clock, at));
        }
        clock.stop(at);
    }

    private void breach(ServiceClock clock, Instant at) {
        clock.breached(at);
        em.persist(new ClockAlert(clock, ServiceClockAlert.Level.BREACH, at));
        alerts.fire(new ServiceClockAlerts(List.of(new ServiceClockAlert(clock.getConversationId(),
                clock.getCustomerId(), clock.getKind().name(), ServiceClockAlert.Level.BREACH, clock.getDeadline(), at))));
    }

    private void resume(ServiceClock clock, Instant at) {
        clock.resume(at);
        schedule(clock, ruleOf(clock));
    }

    private static void schedule(ServiceClock clock, AppliedCommitment rule) {
        Duration target = clock.target();
        Duration warning = target.multipliedBy(clock.getWarningPercent()).dividedBy(100);
        clock.schedule(rule.deadline(clock.getRunningSince(), warning, clock.spentBeforeRunning()),
                rule.deadline(clock.getRunningSince(), target, clock.spentBeforeRunning()));
    }

    private Duration spent(ServiceClock clock, Instant until) {
        return ruleOf(clock).spent(clock.getRunningSince(), until);
    }

    /** The rule that now applies to a clock; counted round the clock when none does any more. */
    private AppliedCommitment ruleOf(ServiceClock clock) {
        if (clock.getKind() == ClockKind.PROMISE) {
            return AppliedCommitment.roundTheClock(clock.target(), clock.getWarningPercent());
        }
        return commitments.applicable(clock.getChannel(), clock.getMotifId(), clock.getSegment())
                .orElse(AppliedCommitment.roundTheClock(clock.target(), clock.getWarningPercent()));
    }

    private static Duration targetOf(AppliedCommitment rule, ClockKind kind) {
        return switch (kind) {
            case FIRST_RESPONSE -> rule.firstResponse();
            case NEXT_RESPONSE -> rule.nextResponse() != null ? rule.nextResponse() : rule.firstResponse();
            case RESOLUTION -> rule.resolution();
            case PROMISE -> null;
        };
    }

    /** A conversation's clocks, locked: a sweep firing one of them finishes first, and we see what it did. */
    private List<ServiceClock> clocksOf(UUID conversationId) {
        return em.createQuery("select c from ServiceClock c where c.conversationId = :conversation",
                        ServiceClock.class)
                .setParameter("conversation", conversationId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    private static ClockView view(ServiceClock c) {
        return new ClockView(c.getConversationId(), c.getKind().name(), c.isPaused(), c.getStartedAt(),
                c.target(), c.getWarnAt(), c.getDeadline(), c.getWarnedAt(), c.getBreachedAt(), c.getStoppedAt());
    }
}
