package io.relais.channels.boundary;

import io.relais.channels.control.InboundMessages;
import io.relais.channels.entity.InboundFailure;
import io.relais.channels.entity.InboundRaw;
import io.relais.channels.entity.StoredAttachment;
import io.relais.timeline.boundary.ContactIntake;
import io.relais.timeline.boundary.ReceivedContact;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Records one queued message in one transaction: the interaction through the timeline (which
 * recognises a copy by channel and provider id, and fires the events routing and the pages observe,
 * as it does for every door), the raw payload and the attachments' bytes beside it. A copy changes
 * nothing and fires nothing. A new message is then announced inside the same transaction
 * ({@code ChannelMessageRecorded}): a live chat line puts its chat in the chat queue there.
 */
@Stateless
public class InboundRecorder {

    @Inject
    ContactIntake contactIntake;

    @PersistenceContext(unitName = "channels")
    EntityManager em;

    @Inject
    Event<ChannelMessageRecorded> recorded;

    /**
     * Messages that shared an envelope, in one transaction, by sender: two transactions that lock the
     * same customers lock them in the same order. A sender's own messages keep their order.
     */
    public void recordAll(List<InboundMessage> messages, boolean failedBefore) {
        messages.stream()
                .sorted(Comparator.comparing(InboundMessage::senderAddress))
                .forEach(message -> record(message, failedBefore));
    }

    public ReceivedContact record(InboundMessage message, boolean failedBefore) {
        ReceivedContact received = contactIntake.receive(InboundMessages.contact(message));
        if (failedBefore) {
            InboundFailure failure = em.find(InboundFailure.class, message.pipelineId());
            if (failure != null) {
                em.remove(failure);
            }
        }
        if (received.duplicate()) {
            return received;
        }
        for (InboundMessage.InboundAttachment attachment : message.attachments()) {
            if (attachment.content() != null && attachment.storageRef() != null
                    && attachment.storageRef().startsWith(StoredAttachment.REF_PREFIX)) {
                em.persist(new StoredAttachment(UUID.fromString(attachment.storageRef()
                        .substring(StoredAttachment.REF_PREFIX.length())), message.pipelineId(), attachment.fileName(),
                        attachment.mediaType(), attachment.contentId(), attachment.content(), Instant.now()));
            }
        }
        if (message.raw() != null) {
            em.persist(new InboundRaw(message.pipelineId(), received.interactionId(), received.conversationId(),
                    message.endpoint(), message.channel(), message.providerMessageId(), message.rawMediaType(),
                    message.raw(), message.receivedAt()));
        }
        recorded.fire(new ChannelMessageRecorded(message, received));
        return received;
    }
}
