package io.relais.timeline.control;

import io.relais.shared.Channel;
import io.relais.shared.event.ConversationChanged;
import io.relais.shared.event.ConversationStatusChanged;
import io.relais.shared.event.InboundMessageRecorded;
import io.relais.shared.event.PromiseMade;
import io.relais.shared.event.ReplyRecorded;
import io.relais.timeline.boundary.ConversationStatus;
import io.relais.timeline.boundary.Direction;
import io.relais.timeline.boundary.InteractionDetails;
import io.relais.timeline.boundary.InteractionKind;
import io.relais.timeline.boundary.NewInteraction;
import io.relais.timeline.entity.Attachment;
import io.relais.timeline.entity.Conversation;
import io.relais.timeline.entity.Interaction;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What the timeline's boundaries share when they write an interaction: the record itself (HTML
 * sanitised, the conversation's summary kept), the events it fires (a reply, a promise, a status
 * moved, a customer who wrote), and conversations locked for writing. Runs in its caller's transaction.
 */
@Dependent
public class InteractionRecording {

    @PersistenceContext(unitName = "timeline")
    EntityManager em;

    @Inject
    CustomerRecords customerRecords;

    @Inject
    Event<ConversationChanged> conversationChanged;

    @Inject
    Event<ConversationStatusChanged> statusChanged;

    @Inject
    Event<ReplyRecorded> replyRecorded;

    @Inject
    Event<PromiseMade> promiseMade;

    @Inject
    Event<InboundMessageRecorded> inboundRecorded;

    /**
     * Tells routing that a customer's message, call or letter was recorded, whatever door it came
     * through (a channel adapter, the API, the demo): its clocks start or resume and it takes its
     * place in a queue. Routing may move it into an earlier conversation (an escalation): a caller
     * that says where the message landed reads the interaction's conversation again afterwards.
     */
    public void customerWrote(Interaction interaction, boolean newConversation, boolean automatic) {
        if (interaction.getDirection() != Direction.INBOUND || !interaction.getKind().isReply()) {
            return;
        }
        inboundRecorded.fire(new InboundMessageRecorded(interaction.getCustomerId(), interaction.getConversationId(),
                interaction.getId(), interaction.getChannel(), interaction.getOccurredAt(), newConversation, automatic));
    }

    /** Records a checked interaction, not yet recorded, into a conversation already locked. */
    public Interaction recordIn(Conversation conversation, NewInteraction request, UUID viaIdentityId) {
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
    public void statusMoved(Conversation conversation, ConversationStatus before) {
        ConversationStatusChanged.Stage was = stageOf(before);
        ConversationStatusChanged.Stage now = stageOf(conversation.getStatus());
        if (was != now) {
            statusChanged.fire(new ConversationStatusChanged(conversation.getId(), conversation.getCustomerId(), now,
                    Instant.now()));
        }
    }

    public static ConversationStatusChanged.Stage stageOf(ConversationStatus status) {
        return switch (status) {
            case OPEN, WAITING_FOR_US -> ConversationStatusChanged.Stage.WAITING_FOR_US;
            case WAITING_FOR_CUSTOMER -> ConversationStatusChanged.Stage.WAITING_FOR_CUSTOMER;
            case RESOLVED, CLOSED -> ConversationStatusChanged.Stage.FINISHED;
        };
    }

    /** The conversation, locked for writing, of a customer who may still be changed. */
    public Conversation lockedConversation(UUID conversationId) {
        Conversation conversation = em.find(Conversation.class, conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null) {
            throw TimelineRefusals.notFound("NO_CONVERSATION", conversationId);
        }
        customerRecords.existing(conversation.getCustomerId(), LockModeType.NONE);
        return conversation;
    }

    /** The interaction already recorded under this provider message id, if any. */
    public Optional<Interaction> alreadyRecorded(Channel channel, String providerMessageId) {
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
