package io.relais.timeline.boundary;

import io.relais.shared.ConversationReference;
import io.relais.shared.Refusal;
import io.relais.timeline.control.CustomerHistory;
import io.relais.timeline.control.CustomerRecords;
import io.relais.timeline.control.CustomerSearch;
import io.relais.timeline.control.PersonNames;
import io.relais.timeline.control.TimelineRefusals;
import io.relais.timeline.entity.Conversation;
import io.relais.timeline.entity.Customer;
import io.relais.timeline.entity.Interaction;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finding customers and reading what is known of them: the customer 360 and its timeline. Reads
 * run in a transaction: without one, Liberty logs a failed connection reassociation each time
 * Hibernate closes its session after the call.
 */
@Stateless
public class CustomerDirectory {

    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext(unitName = "timeline")
    EntityManager em;

    @Inject
    CustomerSearch customerSearch;

    @Inject
    CustomerHistory customerHistory;

    @Inject
    CustomerMerges customerMerges;

    @Inject
    CustomerRecords customerRecords;

    public List<CustomerMatch> search(String typed, int limit) {
        return customerSearch.find(typed, Math.max(1, Math.min(limit, MAX_PAGE_SIZE)));
    }

    /** @throws Refusal not found, when there is no such customer */
    public CustomerSummary summary(UUID customerId) {
        Customer customer = customerRecords.existing(customerId, LockModeType.NONE);
        var segments = new CustomerSummary.Segments(customer.getCustomerType(), customer.getAgeBand(),
                customer.getValueTier(), customer.getRegion());
        return new CustomerSummary(customer.getId(), customer.getDisplayName(), customer.getPreferredLanguage(),
                segments, customerHistory.consents(customerId), customerHistory.identities(customerId),
                customerHistory.openConversations(customerId), customerHistory.openPromises(customerId),
                customerHistory.lastContactPerChannel(customerId), customerMerges.history(customerId), customer.getMergedInto());
    }

    /** @throws Refusal not found, when there is no such conversation */
    public ConversationHeader conversation(UUID conversationId) {
        Conversation conversation = conversationId == null ? null : em.find(Conversation.class, conversationId);
        if (conversation == null) {
            throw TimelineRefusals.notFound("NO_CONVERSATION", conversationId);
        }
        Customer customer = customerRecords.existing(conversation.getCustomerId(), LockModeType.NONE);
        var lastInbound = em.createQuery("select i from Interaction i where i.conversationId = :conversation"
                        + " and i.direction = :inbound order by i.occurredAt desc", Interaction.class)
                .setParameter("conversation", conversationId)
                .setParameter("inbound", Direction.INBOUND)
                .setMaxResults(1)
                .getResultStream().findFirst();
        Optional<PersonNames.Names> names = PersonNames.of(customer.getDisplayName());
        return new ConversationHeader(conversation.getId(), ConversationReference.of(conversation.getId()),
                customer.getId(), customer.getDisplayName(), conversation.getSubject(), conversation.getMotifId(),
                conversation.getStatus(), lastInbound.map(Interaction::getChannel).orElse(conversation.getLastChannel()),
                lastInbound.map(Interaction::getText).orElse(null), customer.getPreferredLanguage(),
                names.map(PersonNames.Names::first).orElse(null), names.map(PersonNames.Names::last).orElse(null));
    }

    /**
     * What routing needs to know of a conversation to pick its commitment and its queue, in one
     * read: motif, priority, and the customer's value tier and language.
     *
     * @throws Refusal not found, when there is no such conversation
     */
    public ConversationFacts facts(UUID conversationId) {
        Conversation conversation = conversationId == null ? null : em.find(Conversation.class, conversationId);
        if (conversation == null) {
            throw TimelineRefusals.notFound("NO_CONVERSATION", conversationId);
        }
        Customer customer = em.find(Customer.class, conversation.getCustomerId());
        return new ConversationFacts(conversation.getId(), conversation.getCustomerId(), conversation.getMotifId(),
                conversation.getPriority(), conversation.getStatus().isActive(),
                customer.getValueTier() == null ? null : customer.getValueTier().name(),
                customer.getPreferredLanguage());
    }

    /** The thread keys of a conversation (Message-IDs of its emails, oldest first), for reply headers. */
    public List<String> threadKeys(UUID conversationId) {
        return em.createQuery("select t.key from ThreadKey t where t.conversationId = :conversation order by t.createdAt, t.key",
                        String.class)
                .setParameter("conversation", conversationId)
                .getResultList();
    }

    /**
     * Where to answer the customer of a conversation on a kind of identity: the address his last
     * message of that kind came from, else his first valid one of that kind.
     */
    public Optional<String> replyAddress(UUID conversationId, IdentityKind kind) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null) {
            throw TimelineRefusals.notFound("NO_CONVERSATION", conversationId);
        }
        Optional<String> lastUsed = em.createQuery("select ci.value from Interaction i, CustomerIdentity ci"
                        + " where ci.id = i.viaIdentityId and i.conversationId = :conversation and ci.kind = :kind"
                        + " and i.direction = :inbound order by i.occurredAt desc", String.class)
                .setParameter("conversation", conversationId)
                .setParameter("kind", kind)
                .setParameter("inbound", Direction.INBOUND)
                .setMaxResults(1)
                .getResultStream().findFirst();
        if (lastUsed.isPresent()) {
            return lastUsed;
        }
        return em.createQuery("select ci.value from CustomerIdentity ci where ci.customerId = :customer"
                        + " and ci.kind = :kind and ci.valid = true order by ci.value", String.class)
                .setParameter("customer", conversation.getCustomerId())
                .setParameter("kind", kind)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The delivery status of an interaction, when it was sent on its channel. */
    public Optional<DeliveryStatus> deliveryStatus(UUID interactionId) {
        Interaction interaction = em.find(Interaction.class, interactionId);
        return interaction == null ? Optional.empty() : Optional.ofNullable(interaction.getDeliveryStatus());
    }

    /**
     * A customer's interactions on every channel, newest first.
     *
     * @param after null for the newest page, else the {@code next} of the previous page
     * @throws Refusal not found, when there is no such customer
     */
    public TimelinePage timeline(UUID customerId, TimelineFilter filter, PageCursor after, int limit) {
        customerRecords.existing(customerId, LockModeType.NONE);
        int size = Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
        List<TimelineEntry> entries = customerHistory.page(customerId, filter, after, size + 1);
        if (entries.size() > size) {
            TimelineEntry last = entries.get(size - 1);
            return new TimelinePage(List.copyOf(entries.subList(0, size)), new PageCursor(last.occurredAt(), last.interactionId()));
        }
        return new TimelinePage(entries, null);
    }
}
