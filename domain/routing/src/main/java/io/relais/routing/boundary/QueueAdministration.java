package io.relais.routing.boundary;

import io.relais.routing.control.RoutingRefusals;
import io.relais.routing.control.RoutingRows;
import io.relais.routing.entity.ConversationRouting;
import io.relais.routing.entity.RoutingQueue;
import io.relais.shared.UniqueKeyViolation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The queues as supervisors and administrators see them: what each takes and how it stands
 * (waiting, oldest wait, at risk, breached), new queues, and the conversations waiting or held.
 */
@Stateless
public class QueueAdministration {

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Inject
    RoutingRows rows;

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
        if (language != null && !AgentPresence.LANGUAGE.matcher(language).matches()) {
            throw RoutingRefusals.refusal(RoutingRefusals.reason("language"), false);
        }
        String skill = definition.skill() == null || definition.skill().isBlank() ? null
                : definition.skill().strip().toLowerCase(Locale.ROOT);
        if (skill != null && !AgentPresence.SKILL.matcher(skill).matches()) {
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
            query.setParameter("agent", rows.staffId(agentUsername));
        }
        return rows.views(query.getResultList());
    }

    public Optional<RoutedConversation> conversation(UUID conversationId) {
        ConversationRouting routing = em.find(ConversationRouting.class, conversationId);
        return routing == null ? Optional.empty() : Optional.of(rows.view(routing));
    }
}
