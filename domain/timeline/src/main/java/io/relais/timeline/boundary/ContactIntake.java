package io.relais.timeline.boundary;

import io.relais.shared.ConversationReference;
import io.relais.shared.Ids;
import io.relais.timeline.control.ConversationChoice;
import io.relais.timeline.control.IdentityNormaliser;
import io.relais.timeline.control.InteractionRecording;
import io.relais.timeline.control.InteractionRules;
import io.relais.timeline.control.QuotedNumbers;
import io.relais.timeline.control.TimelineRefusals;
import io.relais.timeline.entity.Conversation;
import io.relais.timeline.entity.Customer;
import io.relais.timeline.entity.CustomerIdentity;
import io.relais.timeline.entity.Interaction;
import io.relais.timeline.entity.MergeHint;
import io.relais.timeline.entity.MergeReason;
import io.relais.timeline.entity.ThreadKey;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Takes in a message a customer sent, whatever door it came through: recognises the sender by a
 * normalised identity (or registers a new customer), picks the conversation it continues or opens
 * one, remembers its thread keys and records it once, then tells routing ({@code InboundMessageRecorded}).
 */
@Stateless
public class ContactIntake {

    static final int DEFAULT_PRIORITY = 2;
    /** A thread key that quotes a conversation reference; matched, never stored (references are not unique). */
    public static final String REFERENCE_KEY = "ref:";

    @PersistenceContext(unitName = "timeline")
    EntityManager em;

    /** How long after its last activity a customer's only open conversation still takes his new messages. */
    @Inject
    @ConfigProperty(name = "relais.timeline.join-window", defaultValue = "PT72H")
    Duration joinWindow;

    @Inject
    CustomerProfiles profiles;

    @Inject
    InteractionRecording recording;

    /**
     * Takes in a message a customer sent: recognises the sender by a normalised identity (or
     * registers a new customer), picks the conversation it continues ({@link ConversationChoice})
     * or opens one, remembers its thread keys and records it once.
     * <p>
     * One method on purpose, though long: the order of its reads and locks (the sender's customer,
     * then his open conversations, then the copy check, then the conversation it lands in) is what
     * lets copies of one message and a merge under way meet safely; spread over several methods, that
     * order would be easy to break without noticing. The rules themselves live in the classes it
     * calls.
     */
    public ReceivedContact receive(InboundContact contact) {
        if (contact.channel() == null || contact.sender() == null || contact.sender().kind() == null
                || contact.receivedAt() == null) {
            throw TimelineRefusals.invalid("CONTACT_INCOMPLETE");
        }
        for (String key : contact.threadKeys()) {
            if (key == null || key.isBlank() || key.length() > ThreadKey.MAX_LENGTH) {
                throw TimelineRefusals.invalid("THREAD_KEY_LENGTH", ThreadKey.MAX_LENGTH);
            }
        }
        InteractionRules.checkProviderId(contact.providerMessageId());
        InteractionRules.checkContent(contact.channel(), Direction.INBOUND, InteractionKind.typicalFor(contact.channel()),
                contact.receivedAt(), contact.text(), contact.details());
        IdentityNormaliser.Normalised sender = IdentityNormaliser.read(contact.sender().kind(), contact.sender().value());
        Optional<Object[]> known = holderOf(contact.sender().kind(), sender.value());
        Optional<ReceivedContact> copy;
        UUID customerId;
        UUID viaIdentityId;
        if (known.isPresent()) {
            Customer customer = (Customer) known.get()[0];
            viaIdentityId = (UUID) known.get()[1];
            while (customer.getMergedInto() != null) {
                customer = em.find(Customer.class, customer.getMergedInto(), LockModeType.PESSIMISTIC_READ);
            }
            customerId = customer.getId();
        } else {
            // A copy of a message whose sender was since erased must not bring him back.
            copy = copyOf(contact);
            if (copy.isPresent()) {
                return copy.get();
            }
            customerId = profiles.registerCustomer(nameOf(contact, sender.value()), CustomerProfiles.DEFAULT_LANGUAGE,
                    List.of());
            var identity = new CustomerIdentity(customerId, contact.sender().kind(), sender.value(), sender.valid(),
                    sender.line());
            em.persist(identity);
            viaIdentityId = identity.getId();
        }
        noteQuotedCustomerNumbers(customerId, contact.text(), contact.receivedAt());

        Set<String> storedKeys = contact.threadKeys().stream()
                .filter(key -> !key.startsWith(REFERENCE_KEY)).collect(Collectors.toSet());
        Optional<UUID> thread = threadOf(storedKeys, customerId);
        if (thread.isEmpty()) {
            thread = quotedConversation(contact.threadKeys(), customerId);
        }
        // Locked now, in the order a merge locks them (customer, then conversations): recording
        // into the chosen one needs its lock, and copies of one message for an open conversation
        // wait for each other here; copies that would open one meet the unique key instead.
        List<Conversation> open = em.createQuery(
                        "select c from Conversation c where c.customerId = :customer and c.active = true",
                        Conversation.class)
                .setParameter("customer", customerId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Optional<UUID> continued = ConversationChoice.choose(thread, open.stream()
                .map(c -> new ConversationChoice.Candidate(c.getId(), c.getLastActivityAt())).toList(),
                contact.receivedAt(), joinWindow);
        if (known.isPresent()) {
            copy = copyOf(contact);
            if (copy.isPresent()) {
                return copy.get();
            }
        }
        Conversation conversation;
        if (continued.isPresent()) {
            conversation = recording.lockedConversation(continued.get());
        } else {
            conversation = new Conversation(customerId, null, subjectOf(contact), DEFAULT_PRIORITY, contact.receivedAt());
            em.persist(conversation);
        }
        for (String key : storedKeys) {
            if (em.find(ThreadKey.class, key) == null) {
                em.persist(new ThreadKey(key, conversation.getId(), Instant.now()));
            }
        }
        Interaction interaction = recording.recordIn(conversation, inbound(contact, conversation.getId()), viaIdentityId);
        recording.customerWrote(interaction, continued.isEmpty(), contact.automatic());
        return new ReceivedContact(customerId, interaction.getConversationId(), interaction.getId(), known.isEmpty(),
                continued.isEmpty(), false);
    }

    /**
     * The customer's conversation one of these thread keys (an email's Message-ID, References…)
     * already belongs to; in SQL, as Hibernate would translate JPQL again for each set of keys.
     */
    private Optional<UUID> threadOf(Set<String> keys, UUID customerId) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        List<?> conversations = em.createNativeQuery("select t.conversation_id from tl_thread_key t"
                        + " join tl_conversation c on c.id = t.conversation_id"
                        + " where t.thread_key in (:keys) and c.customer_id = :customer")
                .setParameter("keys", keys)
                .setParameter("customer", customerId)
                .setMaxResults(1)
                .getResultList();
        return conversations.stream().findFirst().map(Ids::fromColumn);
    }

    /**
     * A conversation reference the customer quoted ("ref:R-3F9A1C2E"), among his own conversations
     * only: references are short, so two customers' may be equal, never two of one customer's in practice.
     */
    private Optional<UUID> quotedConversation(Set<String> keys, UUID customerId) {
        Set<String> quoted = keys.stream().filter(key -> key.startsWith(REFERENCE_KEY))
                .map(key -> key.substring(REFERENCE_KEY.length())).collect(Collectors.toSet());
        if (quoted.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("select c.id from Conversation c where c.customerId = :customer", UUID.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .filter(id -> quoted.contains(ConversationReference.of(id)))
                .findFirst();
    }

    private static NewInteraction inbound(InboundContact contact, UUID conversationId) {
        return new NewInteraction(conversationId, contact.channel(), Direction.INBOUND,
                InteractionKind.typicalFor(contact.channel()), contact.providerMessageId(), contact.receivedAt(),
                contact.text(), contact.details());
    }

    private Optional<ReceivedContact> copyOf(InboundContact contact) {
        return recording.alreadyRecorded(contact.channel(), contact.providerMessageId()).map(first -> new ReceivedContact(
                first.getCustomerId(), first.getConversationId(), first.getId(), false, false, true));
    }

    /**
     * The customer an identity belongs to, and the identity's id, in one statement. Only the
     * customer's row is locked, shared: a message arriving during a merge waits for it, then
     * follows the customer to the survivor (a merge locks customers first, then moves identities).
     */
    private Optional<Object[]> holderOf(IdentityKind kind, String value) {
        return em.createQuery("""
                        select c, (select i.id from CustomerIdentity i where i.kind = :kind and i.value = :value)
                        from Customer c
                        where c.id = (select h.customerId from CustomerIdentity h where h.kind = :kind and h.value = :value)""",
                        Object[].class)
                .setParameter("kind", kind)
                .setParameter("value", value)
                .setLockMode(LockModeType.PESSIMISTIC_READ)
                .getResultStream()
                .findFirst();
    }

    /** A customer number of someone else quoted in a message is evidence for a merge suggestion. */
    private void noteQuotedCustomerNumbers(UUID customerId, String text, Instant at) {
        Set<String> candidates = QuotedNumbers.candidates(text);
        if (candidates.isEmpty()) {
            return;
        }
        // In SQL: Hibernate would translate the JPQL again for each list of numbers, at each message.
        List<Object[]> quoted = em.createNativeQuery("select customer_id, identity_value from tl_identity"
                        + " where kind = :kind and identity_value in (:values) and customer_id <> :customer", Object[].class)
                .setParameter("kind", IdentityKind.CUSTOMER_NUMBER.name())
                .setParameter("values", candidates)
                .setParameter("customer", customerId)
                .getResultList();
        for (Object[] number : quoted) {
            UUID otherCustomerId = Ids.fromColumn(number[0]);
            boolean known = !em.createQuery("select h.id from MergeHint h where h.customerId = :customer"
                            + " and h.otherCustomerId = :other and h.reason = :reason", UUID.class)
                    .setParameter("customer", customerId)
                    .setParameter("other", otherCustomerId)
                    .setParameter("reason", MergeReason.QUOTED_CUSTOMER_NUMBER)
                    .getResultList().isEmpty();
            if (!known) {
                em.persist(new MergeHint(customerId, otherCustomerId, MergeReason.QUOTED_CUSTOMER_NUMBER,
                        (String) number[1], at));
            }
        }
    }

    /** The name a sender gave, cut to what a customer's name holds (a name never stops a message), or his address. */
    private static String nameOf(InboundContact contact, String address) {
        String name = contact.senderName() == null || contact.senderName().isBlank() ? address
                : contact.senderName().strip();
        return name.length() <= Customer.NAME_LENGTH ? name : name.substring(0, Customer.NAME_LENGTH - 1) + "…";
    }

    private static String subjectOf(InboundContact contact) {
        String subject = contact.subject() != null && !contact.subject().isBlank() ? contact.subject()
                : contact.text() == null ? "" : contact.text().strip().lines().findFirst().orElse("");
        subject = subject.strip();
        if (subject.isEmpty()) {
            return contact.channel().name();
        }
        return subject.length() <= Conversation.SUBJECT_LENGTH ? subject
                : subject.substring(0, Conversation.SUBJECT_LENGTH - 1) + "…";
    }
}
