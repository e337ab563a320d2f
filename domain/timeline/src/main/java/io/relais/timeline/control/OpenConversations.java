package io.relais.timeline.control;

import io.relais.timeline.boundary.PageCursor;
import io.relais.timeline.boundary.InboxEntry;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Reads active conversations oldest activity first, joined with their customer's name. Both
 * reads walk the index {@code tl_conversation_inbox}; the keyset read never uses OFFSET, and
 * compares a row value so that the database seeks in the index instead of filtering it.
 */
@Dependent
public class OpenConversations {

    private static final String SELECT = """
            select new io.relais.timeline.boundary.InboxEntry(
                c.id, c.subject, cu.id, cu.displayName, c.lastChannel, c.motifId, c.lastPreview,
                c.lastActivityAt, c.waitingSince, c.status, c.priority)
            from Conversation c join Customer cu on cu.id = c.customerId
            where c.active = true
            """;
    private static final String ORDER = " order by c.lastActivityAt, c.id";

    @PersistenceContext(unitName = "timeline")
    EntityManager em;

    public List<InboxEntry> after(PageCursor cursor, int limit) {
        TypedQuery<InboxEntry> query;
        if (cursor == null) {
            query = em.createQuery(SELECT + ORDER, InboxEntry.class);
        } else {
            query = em.createQuery(SELECT + """
                     and (c.lastActivityAt, c.id) > (:at, :id)
                    """ + ORDER, InboxEntry.class)
                    .setParameter("at", cursor.at())
                    .setParameter("id", cursor.id());
        }
        return query.setMaxResults(limit).getResultList();
    }

    public List<InboxEntry> page(int offset, int limit) {
        return em.createQuery(SELECT + ORDER, InboxEntry.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The given conversations, active or not, for lists ordered elsewhere (routing's queues). */
    public List<InboxEntry> of(Collection<UUID> conversationIds) {
        if (conversationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(SELECT.replace("where c.active = true", "where c.id in :ids"), InboxEntry.class)
                .setParameter("ids", conversationIds)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(c) from Conversation c where c.active = true", Long.class)
                .getSingleResult();
    }
}
