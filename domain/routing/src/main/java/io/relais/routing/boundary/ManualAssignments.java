package io.relais.routing.boundary;

import io.relais.routing.control.RoutingRefusals;
import io.relais.routing.control.RoutingRows;
import io.relais.routing.entity.ConversationRouting;
import io.relais.routing.entity.RoutingAgent;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Assignments made by people: an agent takes a waiting conversation himself (skills are his
 * judgement; capacity is not), or a conversation is given to another agent (a supervisor's
 * reassignment, or an agent passing it on). Rows are locked in the dispatcher's order.
 */
@Stateless
public class ManualAssignments {

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Inject
    RoutingRows rows;

    @Inject
    Event<RoutingChanged> changed;

    /** An agent picks a waiting conversation himself (skills are his judgement; capacity is not). */
    public RoutedConversation take(UUID conversationId, String username) {
        RoutingAgent agent = rows.lockedAgent(username);
        ConversationRouting routing = rows.locked(ConversationRouting.class, conversationId);
        if (routing == null || routing.getState() == RoutingState.PARKED) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("conversation.notWaiting"), true);
        }
        if (routing.getState() == RoutingState.ASSIGNED) {
            throw RoutingRefusals.refusal(routing.getAgentId().equals(agent.getStaffId())
                    ? RoutingRefusals.reason("conversation.alreadyYours")
                    : RoutingRefusals.reason("conversation.takenBy", rows.holderName(routing.getAgentId())), true);
        }
        if (!agent.hasRoomFor(routing.getChannel())) {
            throw RoutingRefusals.refusal(rows.noRoom(username, agent, routing.getChannel()), true);
        }
        rows.assign(routing, agent);
        changed.fire(new RoutingChanged(Instant.now(), Set.of(agent.getStaffId()), Set.of()));
        return rows.view(routing);
    }

    /** Gives a conversation to another agent (a supervisor's reassignment, or an agent passing it on). */
    public RoutedConversation transfer(UUID conversationId, String toUsername) {
        ConversationRouting seen = em.find(ConversationRouting.class, conversationId);
        if (seen == null) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("conversation.notRouted"), false);
        }
        UUID to = rows.staffId(toUsername);
        List<UUID> order = new ArrayList<>(new LinkedHashSet<>(seen.getAgentId() == null ? List.of(to)
                : List.of(to, seen.getAgentId())));
        order.sort(Comparator.naturalOrder());
        Map<UUID, RoutingAgent> locked = new HashMap<>();
        for (UUID id : order) {
            locked.put(id, rows.lockedAgent(id));
        }
        em.refresh(seen, LockModeType.PESSIMISTIC_WRITE);
        RoutingAgent target = locked.get(to);
        if (to.equals(seen.getAgentId())) {
            return rows.view(seen);
        }
        if (seen.getState() == RoutingState.ASSIGNED && !locked.containsKey(seen.getAgentId())) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("conversation.changedHands"), true);
        }
        if (seen.getState() == RoutingState.PARKED) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("conversation.parked"), true);
        }
        if (!target.hasRoomFor(seen.getChannel())) {
            throw RoutingRefusals.refusal(rows.noRoom(toUsername, target, seen.getChannel()), true);
        }
        if (seen.getState() == RoutingState.ASSIGNED) {
            locked.get(seen.getAgentId()).release(seen.getUnits());
        }
        rows.assign(seen, target);
        changed.fire(new RoutingChanged(Instant.now(), locked.keySet(), Set.of()));
        return rows.view(seen);
    }
}
