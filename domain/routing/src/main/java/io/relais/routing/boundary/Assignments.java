package io.relais.routing.boundary;

import io.relais.routing.control.AgentRoster;
import io.relais.routing.control.RoutingRefusals;
import io.relais.routing.control.WaitingLines.Candidate;
import io.relais.routing.control.WaitingLines;
import io.relais.routing.entity.ConversationRouting;
import io.relais.routing.entity.RoutingAgent;
import io.relais.routing.entity.RoutingQueue;
import io.relais.routing.entity.StaffMember;
import io.relais.shared.Channel;
import io.relais.shared.Ids;
import io.relais.shared.Reason;
import io.relais.shared.UniqueKeyViolation;
import io.relais.timeline.boundary.ConversationFacts;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Queues, presence, capacity and assignment. A customer's message puts his conversation in the most
 * specific queue that covers it; the dispatcher then gives the most urgent waiting conversation
 * (nearest deadline, then priority, then longest wait) to its owner when he is available, else to
 * the least-loaded available agent with the skill, the language and room for it.
 *
 * <p>Capacity holds under any concurrency because every change to an agent's load happens under a
 * lock on his row, taken before the conversation's row (always in that order, so two assignments
 * never deadlock), and the load is checked again once locked.
 */
@Stateless
public class Assignments {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern SKILL = Pattern.compile("[\\p{L}0-9][\\p{L}0-9 _.-]{0,63}");
    private static final int MAX_AT_ONCE = 50;

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Inject
    Event<RoutingChanged> changed;

    @Inject
    Event<ProfilesChanged> profilesChanged;

    /**
     * Something changed that may allow an assignment: the dispatcher runs once it is committed, and
     * first reads again the presence and load of the agents named (none when only a queue changed).
     * {@code linesMoved}: the channels where a conversation joined the waiting line or took another
     * place in it (a new message, another deadline, a raised priority, conversations given back); the
     * heads of those lines, as the dispatcher keeps them, are then out of date.
     */
    public record RoutingChanged(Instant at, Set<UUID> agentIds, Set<Channel> linesMoved) {
        public RoutingChanged {
            agentIds = Set.copyOf(agentIds);
            linesMoved = Set.copyOf(linesMoved);
        }
    }

    /** An agent's skills, languages, team or capacities changed: the dispatcher reads the profiles again. */
    public record ProfilesChanged(Instant at) {
    }

    // ---- what the timeline tells

    /** A customer wrote in an open conversation: it goes (back) in a queue unless an agent has it. */
    public void customerWrote(ConversationFacts facts, Channel channel, Instant at, Optional<ClockView> clock) {
        ConversationRouting routing = locked(ConversationRouting.class, facts.conversationId());
        boolean fresh = routing == null;
        if (fresh) {
            routing = new ConversationRouting(facts.conversationId(), facts.customerId());
        }
        boolean joined = routing.getState() == RoutingState.PARKED;
        if (joined) {
            routing.enqueue(queueFor(channel, facts.motifId(), facts.preferredLanguage()), channel,
                    facts.preferredLanguage(), facts.priority(), at);
        }
        if (clock(routing, clock) || joined) {
            changed.fire(new RoutingChanged(at, Set.of(), Set.of(routing.getChannel())));
        }
        if (fresh) {
            // Only now: a query (the queue's) flushes what is persisted, and the row needs its queue.
            em.persist(routing);
        }
    }

    /** The conversation's clocks changed (a reply stopped one): its urgency in the queue follows. */
    public void clockChanged(UUID conversationId, Optional<ClockView> clock) {
        ConversationRouting routing = locked(ConversationRouting.class, conversationId);
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
        RoutingAgent agent = seen.getAgentId() == null ? null : locked(RoutingAgent.class, seen.getAgentId());
        em.refresh(seen, LockModeType.PESSIMISTIC_WRITE);
        if (seen.getState() == RoutingState.ASSIGNED && agent != null && agent.getStaffId().equals(seen.getAgentId())) {
            agent.release(seen.getUnits());
            changed.fire(new RoutingChanged(Instant.now(), Set.of(agent.getStaffId()), Set.of()));
        }
        seen.park();
    }

    /** A customer who escalated through another channel: his conversation rises and is flagged. */
    public void escalate(UUID conversationId, Channel via, int priority) {
        ConversationRouting routing = locked(ConversationRouting.class, conversationId);
        if (routing != null) {
            if (routing.getState() == RoutingState.WAITING && priority > routing.getPriority()) {
                changed.fire(new RoutingChanged(Instant.now(), Set.of(), Set.of(routing.getChannel())));
            }
            routing.escalate(via, priority);
        }
    }

    // ---- assignment

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
     * commit, a few milliseconds, so a click on one of these rows waits that long.
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

    /** An agent picks a waiting conversation himself (skills are his judgement; capacity is not). */
    public RoutedConversation take(UUID conversationId, String username) {
        RoutingAgent agent = lockedAgent(username);
        ConversationRouting routing = locked(ConversationRouting.class, conversationId);
        if (routing == null || routing.getState() == RoutingState.PARKED) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("conversation.notWaiting"), true);
        }
        if (routing.getState() == RoutingState.ASSIGNED) {
            throw RoutingRefusals.refusal(routing.getAgentId().equals(agent.getStaffId())
                    ? RoutingRefusals.reason("conversation.alreadyYours")
                    : RoutingRefusals.reason("conversation.takenBy", holderName(routing.getAgentId())), true);
        }
        if (!agent.hasRoomFor(routing.getChannel())) {
            throw RoutingRefusals.refusal(noRoom(username, agent, routing.getChannel()), true);
        }
        assign(routing, agent);
        changed.fire(new RoutingChanged(Instant.now(), Set.of(agent.getStaffId()), Set.of()));
        return view(routing);
    }

    /** Gives a conversation to another agent (a supervisor's reassignment, or an agent passing it on). */
    public RoutedConversation transfer(UUID conversationId, String toUsername) {
        ConversationRouting seen = em.find(ConversationRouting.class, conversationId);
        if (seen == null) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("conversation.notRouted"), false);
        }
        UUID to = staffId(toUsername);
        List<UUID> order = new ArrayList<>(new LinkedHashSet<>(seen.getAgentId() == null ? List.of(to)
                : List.of(to, seen.getAgentId())));
        order.sort(Comparator.naturalOrder());
        Map<UUID, RoutingAgent> locked = new HashMap<>();
        for (UUID id : order) {
            locked.put(id, lockedAgent(id));
        }
        em.refresh(seen, LockModeType.PESSIMISTIC_WRITE);
        RoutingAgent target = locked.get(to);
        if (to.equals(seen.getAgentId())) {
            return view(seen);
        }
        if (seen.getState() == RoutingState.ASSIGNED && !locked.containsKey(seen.getAgentId())) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("conversation.changedHands"), true);
        }
        if (seen.getState() == RoutingState.PARKED) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("conversation.parked"), true);
        }
        if (!target.hasRoomFor(seen.getChannel())) {
            throw RoutingRefusals.refusal(noRoom(toUsername, target, seen.getChannel()), true);
        }
        if (seen.getState() == RoutingState.ASSIGNED) {
            locked.get(seen.getAgentId()).release(seen.getUnits());
        }
        assign(seen, target);
        changed.fire(new RoutingChanged(Instant.now(), locked.keySet(), Set.of()));
        return view(seen);
    }

    // ---- presence and profiles

    /** Available takes new conversations; busy and pause keep theirs; offline gives them back to the queues. */
    public AgentView presence(String username, Presence presence) {
        if (presence == null) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("agent.presence"), false);
        }
        RoutingAgent agent = lockedAgent(username);
        Instant now = Instant.now();
        agent.setPresence(presence, now);
        Set<Channel> givenBack = new HashSet<>();
        if (presence == Presence.OFFLINE) {
            List<ConversationRouting> held = em.createQuery("select r from ConversationRouting r "
                            + "where r.agentId = :agent and r.state = :assigned", ConversationRouting.class)
                    .setParameter("agent", agent.getStaffId())
                    .setParameter("assigned", RoutingState.ASSIGNED)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList();
            for (ConversationRouting routing : held) {
                agent.release(routing.getUnits());
                routing.enqueue(em.find(RoutingQueue.class, routing.getQueueId()), routing.getChannel(),
                        routing.getLanguage(), routing.getPriority(), now);
            }
            held.forEach(routing -> givenBack.add(routing.getChannel()));
        }
        changed.fire(new RoutingChanged(now, Set.of(agent.getStaffId()), givenBack));
        return agentView(agent);
    }

    public AgentView describe(String username, AgentProfile profile) {
        if (profile == null) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("agent.profile"), false);
        }
        Set<String> languages = new LinkedHashSet<>();
        for (String language : profile.languages() == null ? Set.<String>of() : profile.languages()) {
            String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(code).matches()) {
                throw RoutingRefusals.refusal(RoutingRefusals.reason("language"), false);
            }
            languages.add(code);
        }
        if (languages.isEmpty()) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("agent.languages"), false);
        }
        Set<String> skills = new LinkedHashSet<>();
        for (String skill : profile.skills() == null ? Set.<String>of() : profile.skills()) {
            if (skill == null || !SKILL.matcher(skill.strip()).matches()) {
                throw RoutingRefusals.refusal(RoutingRefusals.reason("skill"), false);
            }
            skills.add(skill.strip().toLowerCase(Locale.ROOT));
        }
        Map<Channel, Integer> capacity = new EnumMap<>(Channel.class);
        if (profile.capacity() != null) {
            profile.capacity().forEach((channel, atOnce) -> {
                if (channel == null || atOnce == null || atOnce < 0 || atOnce > MAX_AT_ONCE) {
                    throw RoutingRefusals.refusal(RoutingRefusals.reason("agent.capacity", MAX_AT_ONCE), false);
                }
                capacity.put(channel, atOnce);
            });
        }
        String team = profile.team() == null || profile.team().isBlank() ? null : profile.team().strip();
        if (team != null && team.length() > 100) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("agent.team"), false);
        }
        RoutingAgent agent = lockedAgent(username);
        agent.describe(team, skills, languages, capacity);
        profilesChanged.fire(new ProfilesChanged(Instant.now()));
        changed.fire(new RoutingChanged(Instant.now(), Set.of(agent.getStaffId()), Set.of()));
        return agentView(agent);
    }

    public AgentView agent(String username) {
        return agentView(existingAgent(staffId(username)));
    }

    /** Every agent, available first, then by name. */
    public List<AgentView> agents() {
        Map<UUID, Long> held = em.createQuery("select r.agentId, count(r) from ConversationRouting r "
                        + "where r.state = :assigned group by r.agentId", Object[].class)
                .setParameter("assigned", RoutingState.ASSIGNED)
                .getResultStream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
        Map<UUID, StaffMember> staff = em.createQuery("select s from StaffMember s", StaffMember.class)
                .getResultStream().collect(Collectors.toMap(StaffMember::getId, s -> s));
        return em.createQuery("select distinct a from RoutingAgent a left join fetch a.skills "
                        + "left join fetch a.languages left join fetch a.capacity", RoutingAgent.class).getResultStream()
                .filter(a -> staff.containsKey(a.getStaffId()))
                .map(a -> agentView(a, staff.get(a.getStaffId()), held.getOrDefault(a.getStaffId(), 0L)))
                .sorted(Comparator.comparing((AgentView a) -> a.presence().ordinal())
                        .thenComparing(AgentView::displayName))
                .toList();
    }

    // ---- queues

    public List<QueueView> queues() {
        Instant now = Instant.now();
        Map<UUID, Object[]> stats = em.createQuery("select r.queueId, count(r), min(r.enqueuedAt), "
                        + "sum(case when r.warnAt <= :now then 1 else 0 end), "
                        + "sum(case when r.deadline <= :now then 1 else 0 end) "
                        + "from ConversationRouting r where r.state = :waiting group by r.queueId", Object[].class)
                .setParameter("now", now)
                .setParameter("waiting", RoutingState.WAITING)
                .getResultStream().collect(Collectors.toMap(row -> (UUID) row[0], row -> row));
        return em.createQuery("select q from RoutingQueue q order by q.name", RoutingQueue.class).getResultStream()
                .map(q -> {
                    Object[] row = stats.get(q.getId());
                    return new QueueView(q.getId(), q.getName(), q.getChannel(), q.getMotifId(), q.getLanguage(),
                            q.getSkill(), row == null ? 0 : (Long) row[1], row == null ? null : (Instant) row[2],
                            row == null || row[3] == null ? 0 : ((Number) row[3]).longValue(),
                            row == null || row[4] == null ? 0 : ((Number) row[4]).longValue());
                })
                .toList();
    }

    public UUID createQueue(QueueDefinition definition) {
        if (definition == null || definition.name() == null || definition.name().isBlank()
                || definition.name().strip().length() > 100) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("queue.name"), false);
        }
        String language = definition.language() == null || definition.language().isBlank() ? null
                : definition.language().strip().toLowerCase(Locale.ROOT);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("language"), false);
        }
        String skill = definition.skill() == null || definition.skill().isBlank() ? null
                : definition.skill().strip().toLowerCase(Locale.ROOT);
        if (skill != null && !SKILL.matcher(skill).matches()) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("skill"), false);
        }
        var queue = new RoutingQueue(definition.name().strip());
        queue.define(definition.name().strip(), definition.channel(), definition.motifId(), language, skill);
        em.persist(queue);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeyViolation.causedBy(e)) {
                throw RoutingRefusals.refusal(RoutingRefusals.reason("queue.taken"), true);
            }
            throw e;
        }
        return queue.getId();
    }

    /** The conversations of a state (waiting by urgency, or held by an agent), at most {@code limit}. */
    public List<RoutedConversation> conversations(RoutingState state, String agentUsername, int limit) {
        String where = agentUsername == null ? "" : " and r.agentId = :agent";
        var query = em.createQuery("select r from ConversationRouting r where r.state = :state" + where
                        + " order by r.deadline nulls last, r.priority desc, r.enqueuedAt", ConversationRouting.class)
                .setParameter("state", state)
                .setMaxResults(Math.max(1, Math.min(limit, 500)));
        if (agentUsername != null) {
            query.setParameter("agent", staffId(agentUsername));
        }
        List<ConversationRouting> rows = query.getResultList();
        return views(rows);
    }

    public Optional<RoutedConversation> conversation(UUID conversationId) {
        ConversationRouting routing = em.find(ConversationRouting.class, conversationId);
        return routing == null ? Optional.empty() : Optional.of(view(routing));
    }

    // ---- internals

    private void assign(ConversationRouting routing, RoutingAgent agent) {
        int units = agent.unitsFor(routing.getChannel());
        agent.take(units);
        routing.assign(agent.getStaffId(), units, Instant.now());
    }

    /** The most specific queue covering the conversation; the default queue covers everything. */
    private RoutingQueue queueFor(Channel channel, UUID motifId, String language) {
        return em.createQuery("select q from RoutingQueue q", RoutingQueue.class).getResultStream()
                .filter(q -> q.covers(channel, motifId, language))
                .max(Comparator.comparingInt(RoutingQueue::specificity).thenComparing(RoutingQueue::getName,
                        Comparator.reverseOrder()))
                .orElseThrow(() -> new IllegalStateException("no queue covers " + channel
                        + "; the default queue « Général » was removed"));
    }

    private UUID staffId(String username) {
        return em.createQuery("select s.id from StaffMember s where s.username = :username", UUID.class)
                .setParameter("username", username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst()
                .orElseThrow(() -> RoutingRefusals.refusal(RoutingRefusals.reason("staff.unknown", username), false));
    }

    private RoutingAgent lockedAgent(String username) {
        return lockedAgent(staffId(username));
    }

    private RoutingAgent lockedAgent(UUID staffId) {
        RoutingAgent agent = locked(RoutingAgent.class, staffId);
        if (agent == null) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("staff.notAgent"), false);
        }
        return agent;
    }

    /** The row locked and read again, even when this transaction had already read it. */
    private <T> T locked(Class<T> type, UUID id) {
        T entity = em.find(type, id);
        if (entity != null) {
            em.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        }
        return entity;
    }

    private RoutingAgent existingAgent(UUID staffId) {
        RoutingAgent agent = em.find(RoutingAgent.class, staffId);
        if (agent == null) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("staff.notAgent"), false);
        }
        return agent;
    }

    private Reason noRoom(String username, RoutingAgent agent, Channel channel) {
        return RoutingRefusals.reason("agent.noRoom", username, RoutingRefusals.reason("channel." + channel.name()),
                agent.getLoadUnits() * 100 / RoutingAgent.FULL_LOAD, agent.capacityFor(channel));
    }

    /** The agent's name, or "someone else" in the reader's language. */
    private Object holderName(UUID staffId) {
        StaffMember member = em.find(StaffMember.class, staffId);
        return member == null ? RoutingRefusals.reason("someoneElse") : member.getDisplayName();
    }

    private AgentView agentView(RoutingAgent agent) {
        long held = em.createQuery("select count(r) from ConversationRouting r where r.agentId = :agent "
                        + "and r.state = :assigned", Long.class)
                .setParameter("agent", agent.getStaffId())
                .setParameter("assigned", RoutingState.ASSIGNED)
                .getSingleResult();
        return agentView(agent, em.find(StaffMember.class, agent.getStaffId()), held);
    }

    private static AgentView agentView(RoutingAgent agent, StaffMember member, long held) {
        Map<Channel, Integer> capacity = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            capacity.put(channel, agent.capacityFor(channel));
        }
        return new AgentView(agent.getStaffId(), member.getUsername(), member.getDisplayName(), agent.getPresence(),
                agent.getPresenceSince(), agent.getTeam(), Set.copyOf(agent.getSkills()),
                Set.copyOf(agent.getLanguages()), capacity,
                agent.getLoadUnits() * 100 / RoutingAgent.FULL_LOAD, held);
    }

    private RoutedConversation view(ConversationRouting routing) {
        return views(List.of(routing)).get(0);
    }

    private List<RoutedConversation> views(Collection<ConversationRouting> rows) {
        Map<UUID, String> queueNames = em.createQuery("select q from RoutingQueue q", RoutingQueue.class)
                .getResultStream().collect(Collectors.toMap(RoutingQueue::getId, RoutingQueue::getName));
        Set<UUID> people = rows.stream().flatMap(r -> java.util.stream.Stream.of(r.getAgentId(), r.getOwnerId()))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<UUID, StaffMember> staff = people.isEmpty() ? Map.of()
                : em.createQuery("select s from StaffMember s where s.id in :ids", StaffMember.class)
                .setParameter("ids", people).getResultStream()
                .collect(Collectors.toMap(StaffMember::getId, s -> s));
        return rows.stream().map(r -> {
            StaffMember agent = r.getAgentId() == null ? null : staff.get(r.getAgentId());
            StaffMember owner = r.getOwnerId() == null ? null : staff.get(r.getOwnerId());
            return new RoutedConversation(r.getConversationId(), r.getCustomerId(), queueNames.get(r.getQueueId()),
                    r.getChannel(), r.getPriority(), r.getState(), r.getWarnAt(), r.getDeadline(), r.getEnqueuedAt(),
                    agent == null ? null : agent.getUsername(), agent == null ? null : agent.getDisplayName(),
                    owner == null ? null : owner.getUsername(), r.getEscalatedVia());
        }).toList();
    }
}
