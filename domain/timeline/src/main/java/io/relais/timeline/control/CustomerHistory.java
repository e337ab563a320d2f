package io.relais.timeline.control;

import io.relais.shared.Channel;
import io.relais.timeline.boundary.CustomerSummary;
import io.relais.timeline.boundary.PageCursor;
import io.relais.timeline.boundary.TimelineEntry;
import io.relais.timeline.boundary.TimelineFilter;
import io.relais.timeline.entity.CustomerConsent;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a customer's interactions newest first, by keyset on (occurred at, id) over the index
 * {@code tl_interaction_timeline}, and the facts of the "never repeat yourself" summary.
 */
@Dependent
public class CustomerHistory {

    @PersistenceContext(unitName = "timeline")
    EntityManager em;

    public List<TimelineEntry> page(UUID customerId, TimelineFilter filter, PageCursor after, int limit) {
        var jpql = new StringBuilder("""
                select new io.relais.timeline.boundary.TimelineEntry(i.id, i.conversationId, c.subject, i.channel,
                    i.direction, i.kind, i.occurredAt, i.text)
                from Interaction i join Conversation c on c.id = i.conversationId
                where i.customerId = :customer""");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("customer", customerId);
        if (!filter.channels().isEmpty()) {
            jpql.append(" and i.channel in :channels");
            parameters.put("channels", filter.channels());
        }
        if (!filter.kinds().isEmpty()) {
            jpql.append(" and i.kind in :kinds");
            parameters.put("kinds", filter.kinds());
        }
        if (filter.conversationId() != null) {
            jpql.append(" and i.conversationId = :conversation");
            parameters.put("conversation", filter.conversationId());
        }
        if (filter.from() != null) {
            jpql.append(" and i.occurredAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            jpql.append(" and i.occurredAt < :to");
            parameters.put("to", filter.to());
        }
        if (after != null) {
            jpql.append(" and (i.occurredAt, i.id) < (:at, :id)");
            parameters.put("at", after.at());
            parameters.put("id", after.id());
        }
        jpql.append(" order by i.occurredAt desc, i.id desc");
        TypedQuery<TimelineEntry> query = em.createQuery(jpql.toString(), TimelineEntry.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    public List<CustomerSummary.Identity> identities(UUID customerId) {
        return em.createQuery("""
                        select new io.relais.timeline.boundary.CustomerSummary$Identity(i.kind, i.value)
                        from CustomerIdentity i where i.customerId = :customer order by i.kind, i.value""",
                        CustomerSummary.Identity.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    public List<CustomerSummary.OpenConversation> openConversations(UUID customerId) {
        return em.createQuery("""
                        select new io.relais.timeline.boundary.CustomerSummary$OpenConversation(c.id, c.subject,
                            c.motifId, c.status, c.lastChannel, c.lastActivityAt, c.waitingSince)
                        from Conversation c where c.customerId = :customer and c.active = true
                        order by c.lastActivityAt desc""", CustomerSummary.OpenConversation.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    public Map<Channel, Boolean> consents(UUID customerId) {
        Map<Channel, Boolean> consents = new EnumMap<>(Channel.class);
        em.createQuery("select c from CustomerConsent c where c.customerId = :customer", CustomerConsent.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .forEach(c -> consents.put(c.getChannel(), c.isGranted()));
        return consents;
    }

    public Map<Channel, Instant> lastContactPerChannel(UUID customerId) {
        Map<Channel, Instant> last = new EnumMap<>(Channel.class);
        em.createQuery("""
                        select i.channel, max(i.occurredAt) from Interaction i
                        where i.customerId = :customer group by i.channel""", Object[].class)
                .setParameter("customer", customerId)
                .getResultStream()
                .forEach(row -> last.put((Channel) row[0], (Instant) row[1]));
        return last;
    }
}
