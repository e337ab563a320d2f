package io.relais.timeline.boundary;

import io.relais.shared.event.ConversationChanged;
import io.relais.shared.event.PromiseMade;
import io.relais.timeline.control.CustomerRecords;
import io.relais.timeline.control.InteractionRecording;
import io.relais.timeline.control.InteractionRules;
import io.relais.timeline.control.TimelineRefusals;
import io.relais.timeline.entity.Conversation;
import io.relais.timeline.entity.Interaction;
import io.relais.timeline.entity.ThreadKey;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Records what happens in a conversation: an interaction (once, whatever the door; HTML sanitised),
 * a delivery status a channel adapter reports, a thread key, a status, a promise settled. Each
 * call is one transaction; a {@link ConversationChanged} event follows each recorded interaction.
 */
@Stateless
public class Timeline {

    @PersistenceContext(unitName = "timeline")
    EntityManager em;

    @Inject
    CustomerRecords customerRecords;

    @Inject
    Event<ConversationChanged> conversationChanged;

    @Inject
    Event<PromiseMade> promiseMade;

    @Inject
    InteractionRecording recording;

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
        Conversation conversation = recording.lockedConversation(conversationId);
        ConversationStatus before = conversation.getStatus();
        conversation.moveTo(status);
        recording.statusMoved(conversation, before);
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
        Optional<Interaction> existing = recording.alreadyRecorded(request.channel(), request.providerMessageId());
        if (existing.isPresent()) {
            return new RecordedInteraction(existing.get().getId(), true);
        }
        Conversation conversation = recording.lockedConversation(request.conversationId());
        existing = recording.alreadyRecorded(request.channel(), request.providerMessageId());
        if (existing.isPresent()) {
            return new RecordedInteraction(existing.get().getId(), true);
        }
        Interaction interaction = recording.recordIn(conversation, request, null);
        recording.customerWrote(interaction, false, false);
        return new RecordedInteraction(interaction.getId(), false);
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
}
