package io.relais.channels.boundary;

import io.relais.channels.chat.ChatMessages;
import io.relais.shared.Channel;
import io.relais.timeline.boundary.CustomerDirectory;
import io.relais.timeline.boundary.InteractionDetails;
import io.relais.timeline.boundary.NewInteraction;
import io.relais.timeline.boundary.RecordedInteraction;
import io.relais.timeline.boundary.Timeline;
import io.relais.timeline.entity.DeliveryStatus;
import io.relais.timeline.entity.Direction;
import io.relais.timeline.entity.IdentityKind;
import io.relais.timeline.entity.InteractionKind;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An agent's reply: recorded in the conversation (committed first, so it is never lost), then,
 * when its channel has an adapter, queued for sending to the address the customer last wrote
 * from. A reply that cannot be queued is marked failed with the reason, for the agent to see.
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

    /** The visitor who chatted in this conversation: its thread key is "chat:<visitor id>". */
    private Optional<String> chatVisitor(UUID conversationId) {
        return directory.threadKeys(conversationId).stream()
                .filter(key -> key.startsWith(ChatMessages.THREAD_KEY))
                .map(key -> key.substring(ChatMessages.THREAD_KEY.length()))
                .reduce((first, last) -> last);
    }

    /** @throws NoReplyAddressException when the channel can send but the customer has no address on it */
    public SentReply send(UUID conversationId, Channel channel, String subject, String text, String author) {
        Optional<String> address = Optional.empty();
        if (OutboundDispatch.canSend(channel)) {
            address = channel == Channel.CHAT ? chatVisitor(conversationId)
                    : directory.replyAddress(conversationId, IdentityKind.EMAIL);
            if (address.isEmpty()) {
                throw new NoReplyAddressException(channel);
            }
        }
        return recordAndQueue(conversationId, channel, address, subject, text, author, false);
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
