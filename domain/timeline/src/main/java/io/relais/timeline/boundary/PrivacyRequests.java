package io.relais.timeline.boundary;

import io.relais.timeline.control.CustomerHistory;
import io.relais.timeline.control.CustomerRecords;
import io.relais.timeline.control.TimelineRefusals;
import io.relais.timeline.entity.Conversation;
import io.relais.timeline.entity.Customer;
import io.relais.timeline.entity.PrivacyLogEntry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A customer's rights under the RGPD: a copy of everything held about him, and erasure. Both are
 * written in {@code tl_privacy_log} (who, when, why), which outlives the erasure.
 */
@Stateless
public class PrivacyRequests {

    /** What an erased customer is called in reports and in his former conversations. */
    public static final String ERASED_NAME = "Client effacé";
    static final String ERASED_SUBJECT = "[effacé]";
    static final int PAGE = 500;

    @PersistenceContext(unitName = "timeline")
    EntityManager em;

    @Inject
    CustomerRecords customerRecords;

    @Inject
    CustomerHistory customerHistory;

    @Inject
    CustomerDirectory customerDirectory;


    public CustomerExport export(UUID customerId, String actor, String reason) {
        customerRecords.changeable(customerId, LockModeType.NONE);
        String why = reason(reason);
        List<TimelineEntry> interactions = new ArrayList<>();
        PageCursor after = null;
        List<TimelineEntry> page;
        do {
            page = customerHistory.page(customerId, TimelineFilter.everything(), after, PAGE);
            interactions.addAll(page);
            after = page.isEmpty() ? null : new PageCursor(page.get(page.size() - 1).occurredAt(),
                    page.get(page.size() - 1).interactionId());
        } while (page.size() == PAGE);
        List<CustomerExport.ConversationRecord> conversations = em.createQuery(
                        "select c from Conversation c where c.customerId = :customer order by c.openedAt", Conversation.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .map(c -> new CustomerExport.ConversationRecord(c.getId(), c.getSubject(), c.getMotifId(),
                        c.getStatus().name(), c.getPriority(), c.getOpenedAt(), c.getLastActivityAt()))
                .toList();
        em.persist(new PrivacyLogEntry(customerId, PrivacyLogEntry.Action.EXPORT, actor, why, Instant.now()));
        CustomerSummary profile = customerDirectory.summary(customerId);
        return new CustomerExport(Instant.now(), profile, conversations, interactions, log(customerId));
    }

    /**
     * Erases a customer: identities, consents, thread keys, attachments and every personal word
     * (names, texts, HTML, letter scans and numbers, pages read) go; his row, conversations and
     * interactions stay as anonymous facts, so that counts for reports stand. Records merged
     * into him are erased with him: they are the same person.
     */
    public void erase(UUID customerId, String actor, String reason) {
        Customer customer = customerRecords.changeable(customerId, LockModeType.PESSIMISTIC_WRITE);
        String why = reason(reason);
        Instant now = Instant.now();
        List<UUID> people = new ArrayList<>(List.of(customerId));
        people.addAll(em.createQuery("select c.id from Customer c where c.mergedInto = :customer", UUID.class)
                .setParameter("customer", customerId)
                .getResultList());
        em.createQuery("update Conversation c set c.subject = :subject, c.lastPreview = null"
                        + " where c.customerId in :people")
                .setParameter("subject", ERASED_SUBJECT)
                .setParameter("people", people)
                .executeUpdate();
        em.createQuery("delete from ThreadKey t where t.conversationId in"
                        + " (select c.id from Conversation c where c.customerId in :people)")
                .setParameter("people", people)
                .executeUpdate();
        em.createQuery("delete from Attachment a where a.interactionId in"
                        + " (select i.id from Interaction i where i.customerId in :people)")
                .setParameter("people", people)
                .executeUpdate();
        em.createQuery("update Interaction i set i.text = null, i.html = null, i.scanRef = null,"
                        + " i.registeredNumber = null, i.pageUrl = null, i.viaIdentityId = null"
                        + " where i.customerId in :people")
                .setParameter("people", people)
                .executeUpdate();
        for (String entity : List.of("CustomerIdentity", "CustomerConsent")) {
            em.createQuery("delete from " + entity + " r where r.customerId in :people")
                    .setParameter("people", people)
                    .executeUpdate();
        }
        em.createQuery("delete from MergeHint h where h.customerId in :people or h.otherCustomerId in :people")
                .setParameter("people", people)
                .executeUpdate();
        em.createNativeQuery("delete from tl_merge_dismissal where first_customer_id in (:people) or second_customer_id in (:people)")
                .setParameter("people", people)
                .executeUpdate();
        for (UUID person : people) {
            Customer record = person.equals(customerId) ? customer : em.find(Customer.class, person);
            record.erase(ERASED_NAME, now);
        }
        em.persist(new PrivacyLogEntry(customerId, PrivacyLogEntry.Action.ERASURE, actor, why, now));
    }

    private List<CustomerExport.PrivacyRecord> log(UUID customerId) {
        return em.createQuery("select p from PrivacyLogEntry p where p.customerId = :customer order by p.doneAt",
                        PrivacyLogEntry.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .map(p -> new CustomerExport.PrivacyRecord(p.getAction().name(), p.getActor(), p.getReason(), p.getDoneAt()))
                .toList();
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw TimelineRefusals.invalid("ERASURE_REASON_MISSING");
        }
        String why = reason.strip();
        if (why.length() > 500) {
            throw TimelineRefusals.invalid("REASON_LENGTH", 500);
        }
        return why;
    }
}
