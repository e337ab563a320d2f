package io.relais.timeline.boundary;

import io.relais.shared.Channel;
import io.relais.shared.event.ConversationChanged;
import io.relais.timeline.control.IdentityNormaliser;
import io.relais.timeline.entity.Conversation;
import io.relais.timeline.entity.ConversationStatus;
import io.relais.timeline.entity.Customer;
import io.relais.timeline.entity.CustomerConsent;
import io.relais.timeline.entity.CustomerIdentity;
import io.relais.timeline.entity.Interaction;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

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
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    @PersistenceContext(unitName = "timeline")
    EntityManager em;

    @Inject
    Event<ConversationChanged> conversationChanged;

    public UUID registerCustomer(String displayName, String preferredLanguage, List<NewIdentity> identities) {
        var customer = new Customer(displayName, preferredLanguage, Instant.now());
        em.persist(customer);
        for (NewIdentity identity : identities) {
            String value = IdentityNormaliser.normalise(identity.kind(), identity.value());
            em.persist(new CustomerIdentity(customer.getId(), identity.kind(), value));
        }
        return customer.getId();
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
        Optional<UUID> existing = alreadyRecorded(request);
        if (existing.isPresent()) {
            return new RecordedInteraction(existing.get(), true);
        }
        Conversation conversation = em.find(Conversation.class, request.conversationId(), LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null) {
            throw new UnknownRecordException("no conversation " + request.conversationId());
        }
        existing = alreadyRecorded(request);
        if (existing.isPresent()) {
            return new RecordedInteraction(existing.get(), true);
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

    private Optional<UUID> alreadyRecorded(NewInteraction request) {
        if (request.providerMessageId() == null) {
            return Optional.empty();
        }
        return em.createQuery("""
                        select i.id from Interaction i
                        where i.channel = :channel and i.providerMessageId = :providerId""", UUID.class)
                .setParameter("channel", request.channel())
                .setParameter("providerId", request.providerMessageId())
                .getResultStream()
                .findFirst();
    }
}
