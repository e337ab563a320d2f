package io.relais.timeline.boundary;

import io.relais.shared.Channel;
import io.relais.shared.event.ConversationChanged;
import io.relais.timeline.control.ConversationChoice;
import io.relais.timeline.control.IdentityNormaliser;
import io.relais.timeline.entity.Conversation;
import io.relais.timeline.entity.ConversationStatus;
import io.relais.timeline.entity.Customer;
import io.relais.timeline.entity.CustomerConsent;
import io.relais.timeline.entity.CustomerIdentity;
import io.relais.timeline.entity.Direction;
import io.relais.timeline.entity.Interaction;
import io.relais.timeline.entity.InteractionKind;
import io.relais.timeline.entity.ThreadKey;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Records customers, their conversations and every interaction with them. Each call is one
 * transaction; a {@link ConversationChanged} event follows each recorded interaction.
 */
@Stateless
public class Timeline {

    /** As the column allows; a longer text is refused rather than cut. */
    public static final int MAX_TEXT_LENGTH = 1_000_000;
    static final int MAX_REGION_LENGTH = 64;
    static final int SUBJECT_LENGTH = 80;
    static final int DEFAULT_PRIORITY = 2;
    static final String DEFAULT_LANGUAGE = "fr";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    @PersistenceContext(unitName = "timeline")
    EntityManager em;

    @Inject
    Event<ConversationChanged> conversationChanged;

    /** How long after its last activity a customer's only open conversation still takes his new messages. */
    @Inject
    @ConfigProperty(name = "relais.timeline.join-window", defaultValue = "PT72H")
    Duration joinWindow;

    public UUID registerCustomer(String displayName, String preferredLanguage, List<NewIdentity> identities) {
        var customer = new Customer(displayName, preferredLanguage, Instant.now());
        em.persist(customer);
        for (NewIdentity identity : identities) {
            String value = IdentityNormaliser.normalise(identity.kind(), identity.value());
            em.persist(new CustomerIdentity(customer.getId(), identity.kind(), value));
        }
        return customer.getId();
    }

    /**
     * Takes in a message a customer sent: recognises the sender by a normalised identity (or
     * registers a new customer), picks the conversation it continues ({@link ConversationChoice})
     * or opens one, remembers its thread keys and records it once.
     */
    public ReceivedContact receive(InboundContact contact) {
        if (contact.channel() == null || contact.sender() == null || contact.sender().kind() == null
                || contact.receivedAt() == null) {
            throw new InvalidInteractionException("channel, sender and reception time are required");
        }
        for (String key : contact.threadKeys()) {
            if (key == null || key.isBlank() || key.length() > ThreadKey.MAX_LENGTH) {
                throw new InvalidInteractionException("a thread key has 1 to " + ThreadKey.MAX_LENGTH + " characters");
            }
        }
        Optional<Interaction> earlier = alreadyRecorded(contact.channel(), contact.providerMessageId());
        if (earlier.isPresent()) {
            Interaction first = earlier.get();
            return new ReceivedContact(first.getCustomerId(), first.getConversationId(), first.getId(), false, false, true);
        }
        String identity = IdentityNormaliser.normalise(contact.sender().kind(), contact.sender().value());
        Optional<UUID> known = em.createQuery("select i.customerId from CustomerIdentity i"
                        + " where i.kind = :kind and i.value = :value", UUID.class)
                .setParameter("kind", contact.sender().kind())
                .setParameter("value", identity)
                .getResultStream()
                .findFirst();
        UUID customerId = known.orElseGet(() -> registerCustomer(
                contact.senderName() == null || contact.senderName().isBlank() ? identity : contact.senderName().strip(),
                DEFAULT_LANGUAGE, List.of(contact.sender())));

        Optional<UUID> thread = contact.threadKeys().isEmpty() ? Optional.empty() : em.createQuery(
                        "select t.conversationId from ThreadKey t join Conversation c on c.id = t.conversationId"
                                + " where t.key in :keys and c.customerId = :customer", UUID.class)
                .setParameter("keys", contact.threadKeys())
                .setParameter("customer", customerId)
                .getResultStream()
                .findFirst();
        List<ConversationChoice.Candidate> open = em.createQuery(
                        "select new io.relais.timeline.control.ConversationChoice$Candidate(c.id, c.lastActivityAt)"
                                + " from Conversation c where c.customerId = :customer and c.active = true",
                        ConversationChoice.Candidate.class)
                .setParameter("customer", customerId)
                .getResultList();
        Optional<UUID> continued = ConversationChoice.choose(thread, open, contact.receivedAt(), joinWindow);
        UUID conversationId = continued.orElseGet(() -> openConversation(customerId, null, subjectOf(contact),
                DEFAULT_PRIORITY, contact.receivedAt()));
        for (String key : contact.threadKeys()) {
            if (em.find(ThreadKey.class, key) == null) {
                em.persist(new ThreadKey(key, conversationId, Instant.now()));
            }
        }
        RecordedInteraction recorded = record(new NewInteraction(conversationId, contact.channel(), Direction.INBOUND,
                InteractionKind.typicalFor(contact.channel()), contact.providerMessageId(), contact.receivedAt(),
                contact.text()));
        return new ReceivedContact(customerId, conversationId, recorded.interactionId(), known.isEmpty(),
                continued.isEmpty(), recorded.duplicate());
    }

    private static String subjectOf(InboundContact contact) {
        String subject = contact.subject() != null && !contact.subject().isBlank() ? contact.subject()
                : contact.text() == null ? "" : contact.text().strip().lines().findFirst().orElse("");
        subject = subject.strip();
        if (subject.isEmpty()) {
            return contact.channel().name();
        }
        return subject.length() <= SUBJECT_LENGTH ? subject : subject.substring(0, SUBJECT_LENGTH - 1) + "…";
    }

    /** @throws InvalidCustomerProfileException when a value cannot be kept as it is */
    public void updateProfile(UUID customerId, CustomerProfile profile) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            throw new UnknownRecordException("no customer " + customerId);
        }
        String language = profile.preferredLanguage() == null ? customer.getPreferredLanguage()
                : profile.preferredLanguage().strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(language).matches()) {
            throw new InvalidCustomerProfileException("a language is a two-letter ISO 639 code such as fr or en");
        }
        String region = profile.region() == null || profile.region().isBlank() ? null : profile.region().strip();
        if (region != null && region.length() > MAX_REGION_LENGTH) {
            throw new InvalidCustomerProfileException("a region has at most " + MAX_REGION_LENGTH + " characters");
        }
        customer.segment(language, profile.customerType(), profile.ageBand(), profile.valueTier(), region);
        Instant now = Instant.now();
        Map<Channel, CustomerConsent> known = em.createQuery(
                        "select c from CustomerConsent c where c.customerId = :customer", CustomerConsent.class)
                .setParameter("customer", customerId)
                .getResultStream()
                .collect(Collectors.toMap(CustomerConsent::getChannel, c -> c));
        profile.consents().forEach((channel, granted) -> {
            CustomerConsent consent = known.get(channel);
            if (consent == null) {
                em.persist(new CustomerConsent(customerId, channel, granted, now));
            } else {
                consent.record(granted, now);
            }
        });
    }

    public UUID openConversation(UUID customerId, UUID motifId, String subject, int priority, Instant openedAt) {
        if (em.find(Customer.class, customerId) == null) {
            throw new UnknownRecordException("no customer " + customerId);
        }
        var conversation = new Conversation(customerId, motifId, subject, priority, openedAt);
        em.persist(conversation);
        return conversation.getId();
    }

    public void changeStatus(UUID conversationId, ConversationStatus status) {
        Conversation conversation = em.find(Conversation.class, conversationId);
        if (conversation == null) {
            throw new UnknownRecordException("no conversation " + conversationId);
        }
        conversation.moveTo(status);
        conversationChanged.fire(new ConversationChanged(conversation.getId(), conversation.getCustomerId(),
                Instant.now()));
    }

    /**
     * Records an interaction once: a second call with the same channel and provider message id,
     * even at the same moment from another node, returns the first record. Calls for one
     * conversation are serialised by a row lock on it, which also keeps its summary consistent.
     */
    public RecordedInteraction record(NewInteraction request) {
        if (request.conversationId() == null || request.channel() == null || request.direction() == null
                || request.kind() == null || request.occurredAt() == null) {
            throw new InvalidInteractionException("conversation, channel, direction, kind and time are required");
        }
        Optional<Interaction> existing = alreadyRecorded(request.channel(), request.providerMessageId());
        if (existing.isPresent()) {
            return new RecordedInteraction(existing.get().getId(), true);
        }
        Conversation conversation = em.find(Conversation.class, request.conversationId(), LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null) {
            throw new UnknownRecordException("no conversation " + request.conversationId());
        }
        existing = alreadyRecorded(request.channel(), request.providerMessageId());
        if (existing.isPresent()) {
            return new RecordedInteraction(existing.get().getId(), true);
        }
        if (request.text() != null && request.text().length() > MAX_TEXT_LENGTH) {
            throw new InvalidInteractionException("the text has more than " + MAX_TEXT_LENGTH + " characters");
        }
        var interaction = new Interaction(conversation.getId(), conversation.getCustomerId(), request.channel(),
                request.direction(), request.kind(), request.providerMessageId(), request.occurredAt(),
                request.text());
        em.persist(interaction);
        conversation.noteInteraction(interaction);
        conversationChanged.fire(new ConversationChanged(conversation.getId(), conversation.getCustomerId(),
                request.occurredAt()));
        return new RecordedInteraction(interaction.getId(), false);
    }

    /** The interaction already recorded under this provider message id, if any. */
    private Optional<Interaction> alreadyRecorded(Channel channel, String providerMessageId) {
        if (providerMessageId == null) {
            return Optional.empty();
        }
        return em.createQuery("select i from Interaction i"
                        + " where i.channel = :channel and i.providerMessageId = :providerId", Interaction.class)
                .setParameter("channel", channel)
                .setParameter("providerId", providerMessageId)
                .getResultStream()
                .findFirst();
    }
}
