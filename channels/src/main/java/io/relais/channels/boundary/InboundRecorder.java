package io.relais.channels.boundary;

import io.relais.channels.control.InboundMessages;
import io.relais.channels.entity.InboundFailure;
import io.relais.channels.entity.InboundRaw;
import io.relais.shared.event.ConversationChanged;
import io.relais.shared.event.InboundMessageRecorded;
import io.relais.timeline.boundary.ReceivedContact;
import io.relais.timeline.boundary.Timeline;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Records one queued message in one transaction: the interaction through the timeline (which
 * recognises a copy by channel and provider id), the raw payload beside it, and the events that
 * routing and the workspace observe. A copy changes nothing and fires nothing.
 */
@Stateless
public class InboundRecorder {

    @Inject
    Timeline timeline;

    @PersistenceContext(unitName = "channels")
    EntityManager em;

    @Inject
    Event<InboundMessageRecorded> recorded;

    @Inject
    Event<ConversationChanged> changed;

    public ReceivedContact record(InboundMessage message, boolean failedBefore) {
        ReceivedContact received = timeline.receive(InboundMessages.contact(message));
        if (failedBefore) {
            InboundFailure failure = em.find(InboundFailure.class, message.pipelineId());
            if (failure != null) {
                em.remove(failure);
            }
        }
        if (received.duplicate()) {
            return received;
        }
        if (message.raw() != null) {
            em.persist(new InboundRaw(message.pipelineId(), received.interactionId(), message.channel(),
                    message.providerMessageId(), message.rawMediaType(), message.raw(), message.receivedAt()));
        }
        recorded.fire(new InboundMessageRecorded(received.customerId(), received.conversationId(),
                received.interactionId(), message.channel(), message.receivedAt(), received.newConversation(),
                message.automaticReason() != null));
        changed.fire(new ConversationChanged(received.conversationId(), received.customerId(), Instant.now()));
        return received;
    }
}
