package io.relais.routing.boundary;

import io.relais.routing.control.AgentRoster;
import io.relais.routing.control.WaitingLines.Candidate;
import io.relais.routing.control.WaitingLines;
import io.relais.routing.entity.ConversationRouting;
import io.relais.routing.entity.RoutingAgent;
import io.relais.shared.Channel;
import io.relais.shared.Ids;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The dispatcher's decisions: the most urgent waiting conversation (nearest deadline, then priority,
 * then longest wait) that some available agent can take goes to its owner if he is available with
 * room, else to the least-loaded available agent with the skill, the language and room for it.
 *
 * <p>Capacity holds under any concurrency because every change to an agent's load happens under a
 * lock on his row, taken before the conversation's row (always in that order, so two assignments
 * never deadlock), and the load is checked again once locked.
 */
@Stateless
public class AssignmentRounds {

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    /**
     * Every agent with his profile (skills, languages, capacities), presence and load, as detached
     * copies the dispatcher keeps between rounds: reading 500 of them costs a lone decision tens of
     * milliseconds. The copies then follow what changes: the agents a {@link RoutingChanged} names
     * are read again at the next round ({@link #assignSome}), and the locked reads of each decision.
     */
    public List<RoutingAgent> roster() {
        return em.createQuery("select distinct a from RoutingAgent a left join fetch a.skills "
                        + "left join fetch a.languages left join fetch a.capacity", RoutingAgent.class)
                .getResultList().stream().map(RoutingAgent::detachedCopy).toList();
    }

    /**
     * Up to {@code max} assignment decisions in one transaction (one commit for all), made on the
     * dispatcher's copies ({@code roster}), whose presence and load first follow what the database
     * now says for the agents in {@code reread} (those a change named since the last round). A lone
     * agent named is read under lock at once: he is usually the one the first decision chooses, so that
     * read is also its locked read. The copies are only a hint for choosing: the agents chosen are
     * locked and read again below. (A place freed by one agent is usually filled by
     * {@link FreedPlaces} from the heads of the waiting lines; this round decides when they cannot.)
     *
     * <p>The candidates are taken from the head of {@code window}. An empty window is filled
     * first, in the same transaction, with at most {@code windowSize} of the most urgent waiting
     * conversations whose channel, skill and language some agent with room on that channel has: one
     * walk of the waiting index, filtered, no subquery per row. Several transactions of decisions use
     * a window up; each reads its conversations again under lock. Each candidate goes to its owner if
     * he is available with room, else to the least-loaded who can take it; a candidate nobody can take
     * now is dropped from the window (it stays waiting) and never blocks the others. Then the agents
     * chosen are locked and read again in one statement, in id order and before any conversation as
     * everywhere else (a choice whose agent comes before the one already locked waits for the next
     * transaction), and the conversations likewise; a choice stands only if its agent is still
     * available with room and its conversation still waits. The copies take what the locked read
     * found, so a stale copy costs its own choices, not the round. The locks are held until the
     * commit, a few milliseconds, so a click on one of these rows waits that long. One method, though
     * long, because its steps share the locks and the order in which they were taken.
     */
    public AssignmentRound assignSome(AgentRoster roster, Set<UUID> reread, WaitingLines lines,
                                      Deque<Candidate> window, int windowSize, int max) {
        Map<UUID, RoutingAgent> lockedAgents = new HashMap<>();
        boolean unknownAgents = false;
        if (reread.size() == 1) {
            UUID named = reread.iterator().next();
            RoutingAgent agent = em.find(RoutingAgent.class, named, LockModeType.PESSIMISTIC_WRITE);
            if (agent != null) {
                lockedAgents.put(named, agent);
                unknownAgents = !roster.follow(named, agent.getPresence(), agent.getPresenceSince(),
                        agent.getLoadUnits());
            }
        } else if (!reread.isEmpty()) {
            unknownAgents = followLoads(roster, reread);
        }
        if (!roster.anyoneWithRoom()) {
            return new AssignmentRound(List.of(), 0, false, 0, false, false, unknownAgents);
        }
        UUID lockedFirst = lockedAgents.keySet().stream().findFirst().orElse(null);
        Predicate<RoutingAgent> lockableNow = agent -> lockedFirst == null
                || agent.getStaffId().compareTo(lockedFirst) >= 0;
        List<WaitingLines.Choice> choices = new ArrayList<>();
        boolean windowRead = window.isEmpty();
        int candidatesRead = 0;
        boolean heldBack = false;
        if (windowRead) {
            List<Candidate> read = mostUrgentFor(roster, windowSize);
            candidatesRead = read.size();
            window.addAll(read);
        }
        while (choices.size() < max && !window.isEmpty()) {
            Candidate candidate = window.poll();
            Optional<RoutingAgent> chosen = roster.chooseFor(candidate);
            if (chosen.isPresent() && !lockableNow.test(chosen.get())) {
                window.addFirst(candidate);
                heldBack = true;
                break;
            }
            // Taken on the copy for the next choices of this transaction; the locked read settles it.
            chosen.ifPresent(agent -> {
                roster.take(agent, agent.unitsFor(candidate.channel()));
                choices.add(new WaitingLines.Choice(candidate, agent));
            });
        }
        if (choices.isEmpty()) {
            return new AssignmentRound(List.of(), 0, windowRead, candidatesRead, true, heldBack, unknownAgents);
        }
        lockedAgents.putAll(lockAll(RoutingAgent.class, "staffId", choices.stream()
                .map(c -> c.agent().getStaffId()).filter(id -> !lockedAgents.containsKey(id)).toList(),
                RoutingAgent::getStaffId));
        Map<UUID, ConversationRouting> lockedConversations = lockAll(ConversationRouting.class, "conversationId",
                choices.stream().map(c -> c.candidate().conversationId()).toList(),
                ConversationRouting::getConversationId);
        Instant now = Instant.now();
        List<UUID> assigned = new ArrayList<>();
        List<Candidate> gone = new ArrayList<>();
        for (WaitingLines.Choice choice : choices) {
            RoutingAgent agent = lockedAgents.get(choice.agent().getStaffId());
            ConversationRouting routing = lockedConversations.get(choice.candidate().conversationId());
            if (routing == null || routing.getState() != RoutingState.WAITING) {
                gone.add(choice.candidate());
                continue;
            }
            if (agent == null || agent.getPresence() != Presence.AVAILABLE) {
                continue;
            }
            // The weight from the copy's capacities: the locked row's profile collections are not loaded.
            int units = choice.agent().unitsFor(routing.getChannel());
            if (agent.fits(units)) {
                agent.take(units);
                routing.assign(agent.getStaffId(), units, now);
                assigned.add(routing.getConversationId());
                gone.add(choice.candidate());
            }
        }
        // Should the commit fail, the round fails and the dispatcher forgets the lines and the copies.
        lines.gone(gone);
        lockedAgents.values().forEach(locked -> roster.follow(locked.getStaffId(), locked.getPresence(),
                locked.getPresenceSince(), locked.getLoadUnits()));
        return new AssignmentRound(assigned, choices.size(), windowRead, candidatesRead, roster.anyoneWithRoom(),
                heldBack, unknownAgents);
    }

    /**
     * The copies of these agents follow their presence and load as read now; true if one is not in the
     * roster. In SQL, as the candidates' query: the first statement of a lone decision's transaction.
     */
    private boolean followLoads(AgentRoster roster, Set<UUID> agentIds) {
        boolean unknown = false;
        List<Object[]> rows = em.createNativeQuery("select staff_id, presence, presence_since, load_units "
                        + "from rt_agent where staff_id in (:ids)", Object[].class)
                .setParameter("ids", agentIds)
                .getResultList();
        for (Object[] row : rows) {
            unknown |= !roster.follow(Ids.fromColumn(row[0]), Presence.valueOf((String) row[1]), instant(row[2]),
                    ((Number) row[3]).intValue());
        }
        return unknown;
    }

    private static Instant instant(Object column) {
        if (column instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) column;
    }

    /**
     * What one transaction of decisions did: the conversations assigned, how many choices it made on
     * the copies (more than assignments means some copies or candidates were stale and now follow the
     * database), whether it read a new window and how many candidates that read gave (no choice from a
     * new window that was not full means nothing waiting can be given to these agents now; for
     * {@link FreedPlaces}, the heads of the lines held whole and showing nothing takeable count as such
     * a read), whether any copy is still available with room, whether a choice was held back for the
     * lock order (the next transaction makes it), and whether an agent read again is not in the roster
     * yet (new: the dispatcher reads the roster again).
     */
    public record AssignmentRound(List<UUID> assigned, int choices, boolean windowRead, int candidatesRead,
                                  boolean anyoneWithRoom, boolean heldBack, boolean unknownAgents) {
    }

    /** The rows locked in one statement, in id order, and read as they are now (none was read before here). */
    private <T> Map<UUID, T> lockAll(Class<T> type, String idAttribute, Collection<UUID> ids,
                                     Function<T, UUID> idOf) {
        List<UUID> sorted = ids.stream().distinct().sorted().toList();
        if (sorted.isEmpty()) {
            return Map.of();
        }
        if (sorted.size() == 1) {
            // A lone decision: the entity's own locked load, prepared once, rather than a list query.
            T entity = em.find(type, sorted.get(0), LockModeType.PESSIMISTIC_WRITE);
            return entity == null ? Map.of() : Map.of(sorted.get(0), entity);
        }
        return em.createQuery("select e from " + type.getSimpleName() + " e where e." + idAttribute
                        + " in :ids order by e." + idAttribute, type)
                .setParameter("ids", sorted)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().collect(Collectors.toMap(idOf, e -> e));
    }

    /**
     * The most urgent waiting conversations some agent with room could take, at most {@code limit}.
     * Read as values, not entities, so that the locked read that follows loads them as they are then;
     * in SQL, because Hibernate translated this query (its text changes with the agents with room) at
     * nearly every run, the largest share of a lone decision's query time.
     */
    private List<Candidate> mostUrgentFor(AgentRoster roster, int limit) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        int i = 0;
        for (Channel channel : roster.channelsWithRoom()) {
            where.append(i == 0 ? "" : " or ").append(takeable(i, channel, roster.withRoomFor(channel), parameters));
            i++;
        }
        return mostUrgent(where.toString(), parameters, limit);
    }

    /**
     * The head of each of these channels' waiting lines, as far as an available agent with a capacity on
     * it could take it, at most {@link WaitingLines#DEPTH} each: the lines the dispatcher keeps, read in
     * one transaction (after an agent became available, every line is out of date).
     */
    public Map<Channel, List<Candidate>> waitingLineHeads(Collection<Channel> channels, AgentRoster roster) {
        Map<Channel, List<Candidate>> heads = new EnumMap<>(Channel.class);
        for (Channel channel : channels) {
            heads.put(channel, mostUrgentOn(channel, roster.availableFor(channel)));
        }
        return heads;
    }

    private List<Candidate> mostUrgentOn(Channel channel, Collection<RoutingAgent> agents) {
        if (agents.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new HashMap<>();
        return mostUrgent(takeable(0, channel, agents, parameters), parameters, WaitingLines.DEPTH);
    }

    /** Conversations of the channel needing no skill or one of theirs, and no language or one of theirs. */
    private static String takeable(int i, Channel channel, Collection<RoutingAgent> agents,
                                   Map<String, Object> parameters) {
        Set<String> skills = new HashSet<>();
        Set<String> languages = new HashSet<>();
        for (RoutingAgent able : agents) {
            skills.addAll(able.getSkills());
            languages.addAll(able.getLanguages());
        }
        parameters.put("c" + i, channel.name());
        return "(channel = :c" + i + " and (skill is null" + orAnyOf("skill", "s" + i, skills, parameters)
                + ") and (language is null" + orAnyOf("language", "l" + i, languages, parameters) + "))";
    }

    private List<Candidate> mostUrgent(String where, Map<String, Object> parameters, int limit) {
        var query = em.createNativeQuery("select conversation_id, channel, skill, language, owner_id, deadline, "
                        + "priority, enqueued_at from rt_routing where state = :waiting and (" + where
                        + ") order by deadline nulls last, priority desc, enqueued_at", Object[].class)
                .setParameter("waiting", RoutingState.WAITING.name())
                .setMaxResults(limit);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new Candidate(Ids.fromColumn(row[0]), Channel.valueOf((String) row[1]),
                (String) row[2], (String) row[3], Ids.fromColumn(row[4]), row[5] == null ? null : instant(row[5]),
                ((Number) row[6]).intValue(), instant(row[7]))).toList();
    }

    /** A list parameter: in SQL, Hibernate only expands it, where it would translate JPQL again. */
    private static String orAnyOf(String column, String name, Set<String> values, Map<String, Object> parameters) {
        if (values.isEmpty()) {
            return "";
        }
        parameters.put(name, values);
        return " or " + column + " in (:" + name + ")";
    }
}
