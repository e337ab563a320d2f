package io.relais.routing.boundary;

import io.relais.routing.control.RoutingRows;
import io.relais.routing.entity.ConversationRouting;
import io.relais.routing.entity.RoutingAgent;
import io.relais.shared.Channel;
import io.relais.timeline.boundary.ConversationFacts;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the timeline tells routing, inside the transaction that recorded it: a customer wrote (his
 * conversation goes, or goes back, in the most specific queue that covers it unless an agent has
 * it), its clocks changed (its place in the waiting line follows the most pressing deadline), it
 * waits for the customer or is over (it leaves the queue and its agent's load), he escalated.
 */
@Stateless
public class QueueIntake {

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Inject
    RoutingRows rows;

    @Inject
    Event<RoutingChanged> changed;

    /** A customer wrote in an open conversation: it goes (back) in a queue unless an agent has it. */
    public void customerWrote(ConversationFacts facts, Channel channel, Instant at, Optional<ClockView> clock) {
        ConversationRouting routing = rows.locked(ConversationRouting.class, facts.conversationId());
        boolean fresh = routing == null;
        if (fresh) {
            routing = new ConversationRouting(facts.conversationId(), facts.customerId());
        }
        boolean joined = routing.getState() == RoutingState.PARKED;
        if (joined) {
            routing.enqueue(rows.queueFor(channel, facts.motifId(), facts.preferredLanguage()), channel,
                    facts.preferredLanguage(), facts.priority(), at);
        }
        if (clock(routing, clock) || joined) {
            changed.fire(new RoutingChanged(at, Set.of(), Set.of(routing.getChannel())));
        }
        if (fresh) {
            // Only now: a query (the queue's) flushes what is persisted, and the row needs its queue.
            rows.persistNew(routing, facts.conversationId());
        }
    }

    /** The conversation's clocks changed (a reply stopped one): its urgency in the queue follows. */
    public void clockChanged(UUID conversationId, Optional<ClockView> clock) {
        ConversationRouting routing = rows.locked(ConversationRouting.class, conversationId);
        if (routing != null && clock(routing, clock)) {
            changed.fire(new RoutingChanged(Instant.now(), Set.of(), Set.of(routing.getChannel())));
        }
    }

    /**
     * The conversation takes its most pressing clock's deadline; true if it waits and the deadline
     * changed, so that it takes another place in the waiting line.
     */
    private static boolean clock(ConversationRouting routing, Optional<ClockView> clock) {
        Instant deadline = clock.map(ClockView::deadline).orElse(null);
        boolean moved = routing.getState() == RoutingState.WAITING && !Objects.equals(deadline, routing.getDeadline());
        routing.clock(clock.map(ClockView::warnAt).orElse(null), deadline);
        return moved;
    }

    /** The conversation waits for the customer or is over: it leaves the queue and its agent's load. */
    public void park(UUID conversationId) {
        ConversationRouting seen = em.find(ConversationRouting.class, conversationId);
        if (seen == null || seen.getState() == RoutingState.PARKED) {
            return;
        }
        RoutingAgent agent = seen.getAgentId() == null ? null : rows.locked(RoutingAgent.class, seen.getAgentId());
        rows.relock(seen, conversationId);
        if (seen.getState() == RoutingState.ASSIGNED && agent != null && agent.getStaffId().equals(seen.getAgentId())) {
            agent.release(seen.getUnits());
            changed.fire(new RoutingChanged(Instant.now(), Set.of(agent.getStaffId()), Set.of()));
        }
        seen.park();
    }

    /** A customer who escalated through another channel: his conversation rises and is flagged. */
    public void escalate(UUID conversationId, Channel via, int priority) {
        ConversationRouting routing = rows.locked(ConversationRouting.class, conversationId);
        if (routing != null) {
            if (routing.getState() == RoutingState.WAITING && priority > routing.getPriority()) {
                changed.fire(new RoutingChanged(Instant.now(), Set.of(), Set.of(routing.getChannel())));
            }
            routing.escalate(via, priority);
        }
    }
}
