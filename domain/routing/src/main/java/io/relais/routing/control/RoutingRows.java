package io.relais.routing.control;

import io.relais.routing.boundary.AgentView;
import io.relais.routing.boundary.RoutedConversation;
import io.relais.routing.boundary.RoutingState;
import io.relais.routing.entity.ConversationRouting;
import io.relais.routing.entity.RoutingAgent;
import io.relais.routing.entity.RoutingQueue;
import io.relais.shared.Channel;
import io.relais.shared.Reason;
import io.relais.staff.boundary.StaffDirectory;
import io.relais.staff.boundary.StaffView;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What routing's boundaries share: rows read under lock in the one order that never deadlocks
 * (an agent's row before a conversation's), the queue that covers a conversation, an assignment's
 * writes, and the views the boundaries return. Each call runs in its caller's transaction.
 */
@Dependent
public class RoutingRows {

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Inject
    StaffDirectory staff;

    @Resource
    TransactionSynchronizationRegistry transaction;

    public void assign(ConversationRouting routing, RoutingAgent agent) {
        int units = agent.unitsFor(routing.getChannel());
        agent.take(units);
        routing.assign(agent.getStaffId(), units, Instant.now());
    }

    /** The most specific queue covering the conversation; the default queue covers everything. */
    public RoutingQueue queueFor(Channel channel, UUID motifId, String language) {
        return em.createQuery("select q from RoutingQueue q", RoutingQueue.class).getResultStream()
                .filter(q -> q.covers(channel, motifId, language))
                .max(Comparator.comparingInt(RoutingQueue::specificity).thenComparing(RoutingQueue::getName,
                        Comparator.reverseOrder()))
                .orElseThrow(() -> new IllegalStateException("no queue covers " + channel
                        + "; the default queue « Général » was removed"));
    }

    public UUID staffId(String username) {
        return staff.idOf(username).orElseThrow(() -> RoutingRefusals.refusal(RoutingRefusals.reason("staff.unknown", username), false));
    }

    public RoutingAgent lockedAgent(String username) {
        return lockedAgent(staffId(username));
    }

    public RoutingAgent lockedAgent(UUID staffId) {
        RoutingAgent agent = locked(RoutingAgent.class, staffId);
        if (agent == null) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("staff.notAgent"), false);
        }
        return agent;
    }

    /**
     * The row locked and read again, even when this transaction had already read it; a row this
     * transaction created is locked and current already (and not yet written: nothing to read).
     */
    public <T> T locked(Class<T> type, UUID id) {
        T entity = em.find(type, id);
        if (entity != null) {
            relock(entity, id);
        }
        return entity;
    }

    /** The row of an entity already read, locked and read again, unless this transaction created it. */
    public void relock(Object entity, UUID id) {
        if (transaction.getResource(new Created(entity.getClass(), id)) == null) {
            em.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        }
    }

    /**
     * A new row, written at the commit or before the next query that could see it, without a flush of
     * its own: the conversation's next message in the same transaction (the demo records a history in
     * one) finds it through {@link #locked}.
     */
    public void persistNew(Object entity, UUID id) {
        em.persist(entity);
        transaction.putResource(new Created(entity.getClass(), id), Boolean.TRUE);
    }

    /** The key under which the transaction remembers a row it created. */
    private record Created(Class<?> type, UUID id) {
    }

    public RoutingAgent existingAgent(UUID staffId) {
        RoutingAgent agent = em.find(RoutingAgent.class, staffId);
        if (agent == null) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("staff.notAgent"), false);
        }
        return agent;
    }

    public Reason noRoom(String username, RoutingAgent agent, Channel channel) {
        return RoutingRefusals.reason("agent.noRoom", username, RoutingRefusals.reason("channel." + channel.name()),
                agent.getLoadUnits() * 100 / RoutingAgent.FULL_LOAD, agent.capacityFor(channel));
    }

    /** The agent's name, or "someone else" in the reader's language. */
    public Object holderName(UUID staffId) {
        StaffView member = staff.members(Set.of(staffId)).get(staffId);
        return member == null ? RoutingRefusals.reason("someoneElse") : member.displayName();
    }

    public AgentView agentView(RoutingAgent agent) {
        long held = em.createQuery("select count(r) from ConversationRouting r where r.agentId = :agent "
                        + "and r.state = :assigned", Long.class)
                .setParameter("agent", agent.getStaffId())
                .setParameter("assigned", RoutingState.ASSIGNED)
                .getSingleResult();
        return agentView(agent, staff.members(Set.of(agent.getStaffId())).get(agent.getStaffId()), held);
    }

    public static AgentView agentView(RoutingAgent agent, StaffView member, long held) {
        Map<Channel, Integer> capacity = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            capacity.put(channel, agent.capacityFor(channel));
        }
        return new AgentView(agent.getStaffId(), member.username(), member.displayName(), agent.getPresence(),
                agent.getPresenceSince(), agent.getTeam(), Set.copyOf(agent.getSkills()),
                Set.copyOf(agent.getLanguages()), capacity,
                agent.getLoadUnits() * 100 / RoutingAgent.FULL_LOAD, held);
    }

    public RoutedConversation view(ConversationRouting routing) {
        return views(List.of(routing)).get(0);
    }

    public List<RoutedConversation> views(Collection<ConversationRouting> rows) {
        Map<UUID, String> queueNames = em.createQuery("select q from RoutingQueue q", RoutingQueue.class)
                .getResultStream().collect(Collectors.toMap(RoutingQueue::getId, RoutingQueue::getName));
        Set<UUID> ids = rows.stream().flatMap(r -> Stream.of(r.getAgentId(), r.getOwnerId()))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, StaffView> people = staff.members(ids);
        return rows.stream().map(r -> {
            StaffView agent = r.getAgentId() == null ? null : people.get(r.getAgentId());
            StaffView owner = r.getOwnerId() == null ? null : people.get(r.getOwnerId());
            return new RoutedConversation(r.getConversationId(), r.getCustomerId(), queueNames.get(r.getQueueId()),
                    r.getChannel(), r.getPriority(), r.getState(), r.getWarnAt(), r.getDeadline(), r.getEnqueuedAt(),
                    agent == null ? null : agent.username(), agent == null ? null : agent.displayName(),
                    owner == null ? null : owner.username(), r.getEscalatedVia());
        }).toList();
    }
}
