package io.relais.channels.boundary;

import io.relais.channels.control.ChannelRefusals;
import io.relais.channels.control.HandOffLines;
import io.relais.responses.boundary.ReplyRendering;
import io.relais.shared.Channel;
import io.relais.shared.Refusal;
import io.relais.timeline.boundary.ConversationHeader;
import io.relais.timeline.boundary.CustomerDirectory;
import io.relais.timeline.boundary.DeliveryStatus;
import io.relais.timeline.boundary.Direction;
import io.relais.timeline.boundary.InteractionDetails;
import io.relais.timeline.boundary.InteractionKind;
import io.relais.timeline.boundary.NewInteraction;
import io.relais.timeline.boundary.RecordedInteraction;
import io.relais.timeline.boundary.Timeline;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An agent's reply, the one use case behind every door (the composer, the chat console, the API):
 * opened with the hand-off line when it goes on another channel than the customer's, checked against
 * that channel's rules by the response library, recorded in the conversation (committed first, so it
 * is never lost), then, when its channel has an adapter, queued for sending to the address the
 * customer last wrote from; the library answer it started from is counted as used. A reply that
 * cannot be queued is marked failed with the reason, for the agent to see.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Replies {

    private static final Logger LOG = Logger.getLogger(Replies.class.getName());

    public record SentReply(UUID interactionId, boolean queued) {
    }

    @Inject
    Timeline timeline;

    @Inject
    CustomerDirectory directory;

    @Inject
    OutboundDispatch dispatch;

    @Inject
    ReplyRendering replyRendering;

    @Inject
    ChannelSenders senders;

    /**
     * @param reader the language the refusing findings are said in (the agent's page, English for the API)
     * @throws Refusal invalid when the reply is empty, unprocessable when its channel cannot carry it
     * @throws Refusal conflict when the channel can send but the customer has no address on it
     */
    public SentReply send(ReplyDraft draft, Locale reader) {
        ConversationHeader conversation = directory.conversation(draft.conversationId());
        String text = HandOffLines.opened(draft.text(), conversation.lastInboundChannel(), draft.channel(),
                customerLocale(conversation));
        replyRendering.ensureSendable(draft.channel(), draft.subject(), text, reader);
        Optional<ChannelSender> sender = senders.of(draft.channel());
        Optional<String> address = sender.flatMap(adapter -> adapter.addressFor(draft.conversationId()));
        if (sender.isPresent() && address.isEmpty()) {
            throw ChannelRefusals.conflict("reply.noAddress", draft.channel());
        }
        SentReply sent = recordAndQueue(draft.conversationId(), draft.channel(), address, draft.subject(), text,
                draft.author(), false);
        if (draft.insertedVariant() != null) {
            replyRendering.recordUse(draft.insertedVariant());
        }
        return sent;
    }

    /** The line a reply on {@code channel} opens with, in the customer's language, if it is not his channel. */
    public Optional<String> handOffLine(UUID conversationId, Channel channel) {
        ConversationHeader conversation = directory.conversation(conversationId);
        return HandOffLines.line(conversation.lastInboundChannel(), channel, customerLocale(conversation));
    }

    private static Locale customerLocale(ConversationHeader conversation) {
        return conversation.customerLanguage() == null ? Locale.FRENCH
                : Locale.forLanguageTag(conversation.customerLanguage());
    }

    /**
     * A message to an address the customer gave for this once (a chat transcript to the email the
     * visitor typed): recorded in the conversation, then queued like any reply, its subject kept.
     */
    public SentReply sendTo(UUID conversationId, Channel channel, String address, String subject, String text,
                            String author) {
        return recordAndQueue(conversationId, channel, Optional.of(address), subject, text, author, true);
    }

    private SentReply recordAndQueue(UUID conversationId, Channel channel, Optional<String> address, String subject,
                                     String text, String author, boolean ownSubject) {
        String words = text == null ? null : text.strip();
        String body = channel == Channel.EMAIL && subject != null && !subject.isBlank() && words != null
                ? subject.strip() + "\n\n" + words : words;
        RecordedInteraction recorded = timeline.record(new NewInteraction(conversationId, channel, Direction.OUTBOUND,
                InteractionKind.MESSAGE, null, Instant.now(), body, InteractionDetails.by(author)));
        if (address.isEmpty()) {
            return new SentReply(recorded.interactionId(), false);
        }
        try {
            dispatch.queue(new OutboundMessage(recorded.interactionId(), conversationId, channel, address.get(), subject,
                    words, ownSubject));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reply " + recorded.interactionId() + " recorded but not queued", e);
            timeline.recordDelivery(recorded.interactionId(), DeliveryStatus.FAILED,
                    "could not be queued for sending: " + e.getMessage());
            return new SentReply(recorded.interactionId(), false);
        }
        return new SentReply(recorded.interactionId(), true);
    }
}
