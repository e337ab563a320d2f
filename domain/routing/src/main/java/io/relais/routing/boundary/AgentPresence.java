package io.relais.routing.boundary;

import io.relais.routing.control.RoutingRefusals;
import io.relais.routing.control.RoutingRows;
import io.relais.routing.entity.ConversationRouting;
import io.relais.routing.entity.RoutingAgent;
import io.relais.routing.entity.RoutingQueue;
import io.relais.shared.Channel;
import io.relais.shared.Role;
import io.relais.shared.event.StaffMemberJoined;
import io.relais.staff.boundary.StaffDirectory;
import io.relais.staff.boundary.StaffView;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Agents as routing knows them: their presence (available takes new conversations, busy and pause
 * keep theirs, offline gives them back to the queues) and their profile (team, skills, languages,
 * capacity per channel), and the views supervisors and agents read.
 */
@Stateless
public class AgentPresence {

    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    static final Pattern SKILL = Pattern.compile("[\\p{L}0-9][\\p{L}0-9 _.-]{0,63}");
    private static final int MAX_AT_ONCE = 50;

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Inject
    RoutingRows rows;

    @Inject
    Event<RoutingChanged> changed;

    @Inject
    Event<ProfilesChanged> profilesChanged;

    @Inject
    StaffDirectory staffDirectory;

    /** A new staff member who works as an agent gets his place, offline, in the account's transaction. */
    public void staffJoined(@Observes StaffMemberJoined joined) {
        if (joined.roles().contains(Role.AGENT)) {
            em.persist(new RoutingAgent(joined.staffId(), joined.at()));
        }
    }

    /** Available takes new conversations; busy and pause keep theirs; offline gives them back to the queues. */
    public AgentView presence(String username, Presence presence) {
        if (presence == null) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("agent.presence"), false);
        }
        RoutingAgent agent = rows.lockedAgent(username);
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
        return rows.agentView(agent);
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
        RoutingAgent agent = rows.lockedAgent(username);
        agent.describe(team, skills, languages, capacity);
        profilesChanged.fire(new ProfilesChanged(Instant.now()));
        changed.fire(new RoutingChanged(Instant.now(), Set.of(agent.getStaffId()), Set.of()));
        return rows.agentView(agent);
    }

    public AgentView agent(String username) {
        return rows.agentView(rows.existingAgent(rows.staffId(username)));
    }

    /** Every agent, available first, then by name. */
    public List<AgentView> agents() {
        Map<UUID, Long> held = em.createQuery("select r.agentId, count(r) from ConversationRouting r "
                        + "where r.state = :assigned group by r.agentId", Object[].class)
                .setParameter("assigned", RoutingState.ASSIGNED)
                .getResultStream().collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
        List<RoutingAgent> agents = em.createQuery("select distinct a from RoutingAgent a left join fetch a.skills "
                + "left join fetch a.languages left join fetch a.capacity", RoutingAgent.class).getResultList();
        Map<UUID, StaffView> staff = staffDirectory.members(agents.stream().map(RoutingAgent::getStaffId).toList());
        return agents.stream()
                .filter(a -> staff.containsKey(a.getStaffId()))
                .map(a -> rows.agentView(a, staff.get(a.getStaffId()), held.getOrDefault(a.getStaffId(), 0L)))
                .sorted(Comparator.comparing((AgentView a) -> a.presence().ordinal())
                        .thenComparing(AgentView::displayName))
                .toList();
    }
}
