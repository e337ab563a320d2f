package io.relais.timeline.boundary;

import io.relais.shared.Channel;
import io.relais.shared.ConversationReference;
import io.relais.shared.Ids;
import io.relais.shared.Refusal;
import io.relais.shared.event.ConversationChanged;
import io.relais.shared.event.ConversationStatusChanged;
import io.relais.shared.event.InboundMessageRecorded;
import io.relais.shared.event.PromiseMade;
import io.relais.shared.event.ReplyRecorded;
import io.relais.timeline.control.ConversationChoice;
import io.relais.timeline.control.ConversationSummaries;
import io.relais.timeline.control.CustomerRecords;
import io.relais.timeline.control.HtmlSanitiser;
import io.relais.timeline.control.IdentityNormaliser;
import io.relais.timeline.control.InteractionRules;
import io.relais.timeline.control.QuotedNumbers;
import io.relais.timeline.control.TimelineRefusals;
import io.relais.timeline.entity.Attachment;
import io.relais.timeline.entity.Conversation;
import io.relais.timeline.entity.Customer;
import io.relais.timeline.entity.CustomerConsent;
import io.relais.timeline.entity.CustomerIdentity;
import io.relais.timeline.entity.Interaction;
import io.relais.timeline.entity.MergeHint;
import io.relais.timeline.entity.MergeReason;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Records customers, their conversations and every interaction with them. Each call is one
 * transaction; a {@link ConversationChanged} event follows each recorded interaction.
 */
@Stateless
public class Timeline {

    static final int MAX_REGION_LENGTH = 64;
    static final int SUBJECT_LENGTH = 80;
    static final int DEFAULT_PRIORITY = 2;
    static final String DEFAULT_LANGUAGE = "fr";
    /** A thread key that quotes a conversation reference; matched, never stored (references are not unique). */
    public static final String REFERENCE_KEY = "ref:";
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    @PersistenceContext(unitName = "timeline")
    EntityManager em;

    @Inject
    CustomerRecords customerRecords;

    @Inject
    ConversationSummaries conversationSummaries;

    @Inject
    Event<ConversationChanged> conversationChanged;

    @Inject
    Event<ConversationStatusChanged> statusChanged;

    @Inject
    Event<ReplyRecorded> replyRecorded;

    @Inject
    Event<PromiseMade> promiseMade;

    @Inject
    Event<InboundMessageRecorded> customerWrote;

    /** How long after its last activity a customer's only open conversation still takes his new messages. */
    @Inject
    @ConfigProperty(name = "relais.timeline.join-window", defaultValue = "PT72H")
    Duration joinWindow;

    public UUID registerCustomer(String displayName, String preferredLanguage, List<NewIdentity> identities) {
        var customer = new Customer(displayName, preferredLanguage, Instant.now());
        em.persist(customer);
        for (NewIdentity identity : identities) {
            IdentityNormaliser.normalise(identity.kind(), identity.value());
            em.persist(identityOf(customer.getId(), identity));
        }
        return customer.getId();
    }

    /**
     * Adds a way of recognising a known customer (a new number he gave on the phone).
     *
     * @throws Refusal invalid, when the value cannot be an identity of that kind
     * @throws Refusal conflict (with the holder's id), when another customer already has it: a case for a merge
     */
    public void addIdentity(UUID customerId, NewIdentity identity) {
        customerRecords.changeable(customerId, LockModeType.NONE);
        String value = IdentityNormaliser.normalise(identity.kind(), identity.value());
        Optional<CustomerIdentity> holder = identity(identity.kind(), value);
        if (holder.isPresent()) {
            if (holder.get().getCustomerId().equals(customerId)) {
                return;
            }
            throw TimelineRefusals.identityTaken(identity.kind(), value, holder.get().getCustomerId());
        }
        em.persist(identityOf(customerId, identity));
    }

    private static CustomerIdentity identityOf(UUID customerId, NewIdentity identity) {
        IdentityNormaliser.Normalised read = IdentityNormaliser.read(identity.kind(), identity.value());
        return new CustomerIdentity(customerId, identity.kind(), read.value(), read.valid(), read.line());
    }

    private Optional<CustomerIdentity> identity(IdentityKind kind, String value) {
        return em.createQuery("select i from CustomerIdentity i where i.kind = :kind and i.value = :value",
                        CustomerIdentity.class)
                .setParameter("kind", kind)
                .setParameter("value", value)
                .getResultStream()
                .findFirst();
    }

    /**
     * Takes in a message a customer sent: recognises the sender by a normalised identity (or
     * registers a new customer), picks the conversation it continues ({@link ConversationChoice})
     * or opens one, remembers its thread keys and records it once.
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
            customerId = registerCustomer(contact.senderName() == null || contact.senderName().isBlank()
                    ? sender.value() : contact.senderName().strip(), DEFAULT_LANGUAGE, List.of());
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
            conversation = lockedConversation(continued.get());
        } else {
            conversation = new Conversation(customerId, null, subjectOf(contact), DEFAULT_PRIORITY, contact.receivedAt());
            em.persist(conversation);
        }
        for (String key : storedKeys) {
            if (em.find(ThreadKey.class, key) == null) {
                em.persist(new ThreadKey(key, conversation.getId(), Instant.now()));
            }
        }
        Interaction interaction = recordIn(conversation, inbound(contact, conversation.getId()), viaIdentityId);
        customerWrote(interaction, continued.isEmpty(), contact.automatic());
        return new ReceivedContact(customerId, interaction.getConversationId(), interaction.getId(), known.isEmpty(),
                continued.isEmpty(), false);
    }

    /**
     * Tells routing that a customer's message, call or letter was recorded, whatever door it came
     * through (a channel adapter, the API, the demo): its clocks start or resume and it takes its
     * place in a queue. Routing may move it into an earlier conversation (an escalation), so the
     * interaction's conversation is read again afterwards.
     */
    private void customerWrote(Interaction interaction, boolean newConversation, boolean automatic) {
        if (interaction.getDirection() != Direction.INBOUND || !interaction.getKind().isReply()) {
            return;
        }
        customerWrote.fire(new InboundMessageRecorded(interaction.getCustomerId(), interaction.getConversationId(),
                interaction.getId(), interaction.getChannel(), interaction.getOccurredAt(), newConversation, automatic));
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
        return alreadyRecorded(contact.channel(), contact.providerMessageId()).map(first -> new ReceivedContact(
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

    private static String subjectOf(InboundContact contact) {
        String subject = contact.subject() != null && !contact.subject().isBlank() ? contact.subject()
                : contact.text() == null ? "" : contact.text().strip().lines().findFirst().orElse("");
        subject = subject.strip();
        if (subject.isEmpty()) {
            return contact.channel().name();
        }
        return subject.length() <= SUBJECT_LENGTH ? subject : subject.substring(0, SUBJECT_LENGTH - 1) + "…";
    }

    /** @throws Refusal invalid, when a value cannot be kept as it is */
    public void updateProfile(UUID customerId, CustomerProfile profile) {
        Customer customer = customerRecords.changeable(customerId, LockModeType.NONE);
        String language = profile.preferredLanguage() == null ? customer.getPreferredLanguage()
                : profile.preferredLanguage().strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(language).matches()) {
            throw TimelineRefusals.invalid("LANGUAGE_CODE");
        }
        String region = profile.region() == null || profile.region().isBlank() ? null : profile.region().strip();
        if (region != null && region.length() > MAX_REGION_LENGTH) {
            throw TimelineRefusals.invalid("REGION_LENGTH", MAX_REGION_LENGTH);
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
        customerRecords.changeable(customerId, LockModeType.PESSIMISTIC_READ);
        var conversation = new Conversation(customerId, motifId, subject, priority, openedAt);
        em.persist(conversation);
        return conversation.getId();
    }

    /** What a channel adapter reports of a reply; pages showing its conversation refresh. */
    public void recordDelivery(UUID interactionId, DeliveryStatus status, String detail) {
        Interaction interaction = em.find(Interaction.class, interactionId, LockModeType.PESSIMISTIC_WRITE);
        if (interaction == null) {
            throw TimelineRefusals.notFound("NO_INTERACTION", interactionId);
        }
        if (interaction.delivery(status, detail, Instant.now())) {
            conversationChanged.fire(new ConversationChanged(interaction.getConversationId(), interaction.getCustomerId(),
                    Instant.now()));
        }
    }

    /** Ties a key (the Message-ID of a reply) to a conversation, so that an answer to it continues there. */
    public void addThreadKey(UUID conversationId, String key) {
        if (key == null || key.isBlank() || key.length() > ThreadKey.MAX_LENGTH) {
            throw TimelineRefusals.invalid("THREAD_KEY_LENGTH", ThreadKey.MAX_LENGTH);
        }
        if (em.find(ThreadKey.class, key) == null) {
            em.persist(new ThreadKey(key, conversationId, Instant.now()));
        }
    }

    public void changeStatus(UUID conversationId, ConversationStatus status) {
        Conversation conversation = lockedConversation(conversationId);
        ConversationStatus before = conversation.getStatus();
        conversation.moveTo(status);
        statusMoved(conversation, before);
        conversationChanged.fire(new ConversationChanged(conversation.getId(), conversation.getCustomerId(),
                Instant.now()));
    }

    /**
     * Records an interaction once: a second call with the same channel and provider message id,
     * even at the same moment from another node, returns the first record. Calls for one
     * conversation are serialised by a row lock on it, which also keeps its summary consistent.
     * HTML is sanitised before it is stored.
     */
    public RecordedInteraction record(NewInteraction request) {
        InteractionRules.check(request);
        Optional<Interaction> existing = alreadyRecorded(request.channel(), request.providerMessageId());
        if (existing.isPresent()) {
            return new RecordedInteraction(existing.get().getId(), true);
        }
        Conversation conversation = lockedConversation(request.conversationId());
        existing = alreadyRecorded(request.channel(), request.providerMessageId());
        if (existing.isPresent()) {
            return new RecordedInteraction(existing.get().getId(), true);
        }
        Interaction interaction = recordIn(conversation, request, null);
        customerWrote(interaction, false, false);
        return new RecordedInteraction(interaction.getId(), false);
    }

    /** Records a checked interaction, not yet recorded, into a conversation already locked. */
    private Interaction recordIn(Conversation conversation, NewInteraction request, UUID viaIdentityId) {
        InteractionDetails details = request.details();
        String html = HtmlSanitiser.sanitise(details.html());
        String text = request.text() != null && !request.text().isBlank() ? request.text() : HtmlSanitiser.text(html);
        var interaction = new Interaction(conversation.getId(), conversation.getCustomerId(), request.channel(),
                request.direction(), request.kind(), request.providerMessageId(), request.occurredAt(), text);
        interaction.cameThrough(viaIdentityId);
        interaction.writtenBy(details.author());
        interaction.withHtml(html);
        switch (request.kind()) {
            case CALL -> interaction.call(details.callDurationSeconds(), details.callOutcome());
            case LETTER -> interaction.letter(details.letterReceivedOn(), details.registeredNumber(), details.scanRef());
            case PROMISE -> interaction.promise(details.promiseDueAt());
            case SURVEY_ANSWER -> interaction.surveyScore(details.surveyScore());
            case FAQ_VIEW -> interaction.pageViewed(details.pageUrl().strip());
            case MESSAGE, NOTE -> {
                // nothing beyond text, HTML and attachments
            }
        }
        em.persist(interaction);
        for (InteractionDetails.AttachmentInfo file : details.attachments()) {
            em.persist(new Attachment(interaction.getId(), file.fileName().strip(), file.mediaType().strip(),
                    file.sizeBytes(), file.storageRef()));
        }
        ConversationStatus before = conversation.getStatus();
        conversation.noteInteraction(interaction);
        statusMoved(conversation, before);
        if (request.direction() == Direction.OUTBOUND && request.kind().isReply()) {
            replyRecorded.fire(new ReplyRecorded(conversation.getId(), conversation.getCustomerId(), interaction.getId(),
                    request.channel(), request.occurredAt()));
        }
        if (request.kind() == InteractionKind.PROMISE) {
            promiseMade.fire(new PromiseMade(conversation.getId(), conversation.getCustomerId(), interaction.getId(),
                    request.occurredAt(), details.promiseDueAt(), false));
        }
        conversationChanged.fire(new ConversationChanged(conversation.getId(), conversation.getCustomerId(),
                request.occurredAt()));
        return interaction;
    }

    /** Tells routing when a conversation moves between waiting for us, for the customer, and over. */
    private void statusMoved(Conversation conversation, ConversationStatus before) {
        ConversationStatusChanged.Stage was = stageOf(before);
        ConversationStatusChanged.Stage now = stageOf(conversation.getStatus());
        if (was != now) {
            statusChanged.fire(new ConversationStatusChanged(conversation.getId(), conversation.getCustomerId(), now,
                    Instant.now()));
        }
    }

    private static ConversationStatusChanged.Stage stageOf(ConversationStatus status) {
        return switch (status) {
            case OPEN, WAITING_FOR_US -> ConversationStatusChanged.Stage.WAITING_FOR_US;
            case WAITING_FOR_CUSTOMER -> ConversationStatusChanged.Stage.WAITING_FOR_CUSTOMER;
            case RESOLVED, CLOSED -> ConversationStatusChanged.Stage.FINISHED;
        };
    }

    /** The conversation, locked for writing, of a customer who may still be changed. */
    private Conversation lockedConversation(UUID conversationId) {
        Conversation conversation = em.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null) {
            throw TimelineRefusals.notFound("NO_CONVERSATION", conversationId);
        }
        customerRecords.existing(conversation.getCustomerId(), LockModeType.NONE);
        return conversation;
    }

    /** Says whether a promise was kept or broken; a settled promise stays as it was settled. */
    public void settlePromise(UUID interactionId, PromiseState state) {
        Interaction promise = em.find(Interaction.class, interactionId);
        if (promise == null || promise.getKind() != InteractionKind.PROMISE) {
            throw TimelineRefusals.notFound("NO_PROMISE", interactionId);
        }
        customerRecords.existing(promise.getCustomerId(), LockModeType.NONE);
        if (state == null || state == PromiseState.PENDING) {
            throw TimelineRefusals.invalid("PROMISE_SETTLED_AS");
        }
        if (promise.getPromiseState() != PromiseState.PENDING) {
            throw TimelineRefusals.invalid("PROMISE_ALREADY_SETTLED", promise.getPromiseState());
        }
        promise.settlePromise(state);
        promiseMade.fire(new PromiseMade(promise.getConversationId(), promise.getCustomerId(), promise.getId(),
                promise.getOccurredAt(), promise.getPromiseDueAt(), true));
    }

    /**
     * Moves interactions an agent filed in the wrong conversation to another of the same customer.
     * A conversation left empty is closed: nothing in it waits for an answer.
     */
    public void moveInteractions(Set<UUID> interactionIds, UUID targetConversationId) {
        if (interactionIds == null || interactionIds.isEmpty()) {
            throw TimelineRefusals.invalid("NOTHING_TO_MOVE");
        }
        Conversation target = lockedConversation(targetConversationId);
        List<Interaction> moving = em.createQuery("select i from Interaction i where i.id in :ids", Interaction.class)
                .setParameter("ids", interactionIds)
                .getResultList();
        if (moving.size() != interactionIds.size()) {
            throw TimelineRefusals.notFound("SOME_INTERACTIONS_UNKNOWN");
        }
        Set<UUID> sources = new HashSet<>();
        for (Interaction interaction : moving) {
            if (!interaction.getCustomerId().equals(target.getCustomerId())) {
                throw TimelineRefusals.invalid("MOVE_WITHIN_CUSTOMER");
            }
            sources.add(interaction.getConversationId());
        }
        sources.remove(target.getId());
        List<Conversation> left = new ArrayList<>();
        for (UUID source : sources) {
            left.add(lockedConversation(source));
        }
        moving.forEach(interaction -> interaction.placeIn(target.getId(), target.getCustomerId()));
        conversationSummaries.replay(target);
        for (Conversation source : left) {
            if (conversationSummaries.replay(source) == 0) {
                ConversationStatus before = source.getStatus();
                source.moveTo(ConversationStatus.CLOSED);
                statusMoved(source, before);
            }
        }
        conversationChanged.fire(new ConversationChanged(target.getId(), target.getCustomerId(), Instant.now()));
        left.forEach(source -> conversationChanged.fire(
                new ConversationChanged(source.getId(), source.getCustomerId(), Instant.now())));
    }

    /** Splits interactions off a conversation into a new one, which starts in the same status. */
    public UUID splitConversation(UUID conversationId, Set<UUID> interactionIds, String subject) {
        Conversation from = lockedConversation(conversationId);
        if (interactionIds == null || interactionIds.isEmpty()) {
            throw TimelineRefusals.invalid("NOTHING_TO_SPLIT");
        }
        long inside = em.createQuery("select count(i) from Interaction i where i.id in :ids"
                        + " and i.conversationId = :conversation", Long.class)
                .setParameter("ids", interactionIds)
                .setParameter("conversation", conversationId)
                .getSingleResult();
        if (inside != interactionIds.size()) {
            throw TimelineRefusals.invalid("SPLIT_OWN_ONLY");
        }
        String title = subject == null || subject.isBlank() ? from.getSubject() : subject.strip();
        if (title.length() > SUBJECT_LENGTH) {
            throw TimelineRefusals.invalid("SUBJECT_LENGTH", SUBJECT_LENGTH);
        }
        Instant openedAt = em.createQuery("select min(i.occurredAt) from Interaction i where i.id in :ids", Instant.class)
                .setParameter("ids", interactionIds)
                .getSingleResult();
        var split = new Conversation(from.getCustomerId(), from.getMotifId(), title, from.getPriority(), openedAt);
        split.moveTo(from.getStatus());
        em.persist(split);
        moveInteractions(interactionIds, split.getId());
        return split.getId();
    }

    /**
     * Merges {@code sourceId} into {@code targetId}, two conversations of one customer: its
     * interactions and thread keys move, and it is closed.
     */
    public void mergeConversations(UUID targetId, UUID sourceId) {
        if (targetId.equals(sourceId)) {
            throw TimelineRefusals.invalid("CONVERSATION_INTO_ITSELF");
        }
        Conversation target = lockedConversation(targetId);
        Conversation source = lockedConversation(sourceId);
        if (!target.getCustomerId().equals(source.getCustomerId())) {
            throw TimelineRefusals.invalid("CONVERSATIONS_OF_ONE_CUSTOMER");
        }
        em.createQuery("update Interaction i set i.conversationId = :target where i.conversationId = :source")
                .setParameter("target", targetId)
                .setParameter("source", sourceId)
                .executeUpdate();
        em.createQuery("update ThreadKey t set t.conversationId = :target where t.conversationId = :source")
                .setParameter("target", targetId)
                .setParameter("source", sourceId)
                .executeUpdate();
        ConversationStatus sourceBefore = source.getStatus();
        source.moveTo(ConversationStatus.CLOSED);
        statusMoved(source, sourceBefore);
        conversationSummaries.replay(target);
        conversationSummaries.replay(source);
        conversationChanged.fire(new ConversationChanged(targetId, target.getCustomerId(), Instant.now()));
        conversationChanged.fire(new ConversationChanged(sourceId, source.getCustomerId(), Instant.now()));
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
