package io.relais.timeline.control;

import io.relais.shared.Channel;
import io.relais.timeline.boundary.CustomerSummary;
import io.relais.timeline.boundary.InteractionDetails;
import io.relais.timeline.boundary.PageCursor;
import io.relais.timeline.boundary.PromiseState;
import io.relais.timeline.boundary.TimelineEntry;
import io.relais.timeline.boundary.TimelineFilter;
import io.relais.timeline.entity.Attachment;
import io.relais.timeline.entity.CustomerConsent;
import io.relais.timeline.entity.Interaction;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
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
                select i, c.subject from Interaction i join Conversation c on c.id = i.conversationId
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
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.setMaxResults(limit).getResultList();
        Map<UUID, List<InteractionDetails.AttachmentInfo>> attachments = attachments(
                rows.stream().map(row -> ((Interaction) row[0]).getId()).toList());
        return rows.stream().map(row -> entry((Interaction) row[0], (String) row[1],
                attachments.getOrDefault(((Interaction) row[0]).getId(), List.of()))).toList();
    }

    private static TimelineEntry entry(Interaction i, String subject, List<InteractionDetails.AttachmentInfo> files) {
        return new TimelineEntry(i.getId(), i.getConversationId(), subject, i.getChannel(), i.getDirection(),
                i.getKind(), i.getOccurredAt(), i.getText(), i.getAuthor(), i.getHtml(), i.getCallDurationSeconds(),
                i.getCallOutcome(), i.getLetterReceivedOn(), i.getRegisteredNumber(), i.getScanRef(),
                i.getPromiseDueAt(), i.getPromiseState(), i.getSurveyScore(), i.getPageUrl(), files,
                i.getDeliveryStatus(), i.getDeliveryDetail());
    }

    /** Attachments of a page of interactions, in one query. */
    private Map<UUID, List<InteractionDetails.AttachmentInfo>> attachments(List<UUID> interactionIds) {
        Map<UUID, List<InteractionDetails.AttachmentInfo>> files = new HashMap<>();
        if (interactionIds.isEmpty()) {
            return files;
        }
        em.createQuery("select a from Attachment a where a.interactionId in :ids order by a.fileName", Attachment.class)
                .setParameter("ids", interactionIds)
                .getResultStream()
                .forEach(a -> files.computeIfAbsent(a.getInteractionId(), id -> new ArrayList<>())
                        .add(new InteractionDetails.AttachmentInfo(a.getFileName(), a.getMediaType(), a.getSizeBytes(),
                                a.getStorageRef())));
        return files;
    }

    /** Promises not yet kept or broken, soonest due first: what the agent must not forget. */
    public List<CustomerSummary.OpenPromise> openPromises(UUID customerId) {
        return em.createQuery("""
                        select new io.relais.timeline.boundary.CustomerSummary$OpenPromise(i.id, i.conversationId,
                            i.text, i.promiseDueAt, i.author)
                        from Interaction i where i.customerId = :customer and i.promiseState = :pending
                        order by i.promiseDueAt""", CustomerSummary.OpenPromise.class)
                .setParameter("customer", customerId)
                .setParameter("pending", PromiseState.PENDING)
                .getResultList();
    }

    public List<CustomerSummary.Identity> identities(UUID customerId) {
        return em.createQuery("""
                        select new io.relais.timeline.boundary.CustomerSummary$Identity(i.kind, i.value, i.valid,
                            i.lineType)
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
