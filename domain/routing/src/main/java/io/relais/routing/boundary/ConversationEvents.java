package io.relais.routing.boundary;

import io.relais.shared.Channel;
import io.relais.shared.event.ConversationStatusChanged;
import io.relais.shared.event.InboundMessageRecorded;
import io.relais.shared.event.PromiseMade;
import io.relais.shared.event.ReplyRecorded;
import io.relais.timeline.boundary.ConversationFacts;
import io.relais.timeline.boundary.ConversationMoves;
import io.relais.timeline.boundary.CustomerDirectory;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where routing hears the timeline: inside the transaction that records a message, a reply or a
 * status, first the clocks move, then the conversation's place in routing follows their urgency.
 * One observer per event keeps that order (CDI does not order observers of different beans).
 *
 * <p>A customer who calls or writes on a public channel while an earlier request still waits for
 * an answer is escalating: the new message joins that conversation (when it had opened a new one),
 * which rises in its queue and is flagged with the channel, so that the agent answers once, where
 * the request began, with the hand-off line the composer offers.
 */
@Stateless
public class ConversationEvents {

    @Inject
    ServiceClocks clocks;

    @Inject
    QueueIntake intake;

    @Inject
    CustomerDirectory directory;

    @Inject
    ConversationMoves conversationMoves;

    /** Public channels and calls: where a customer goes when a request went unanswered elsewhere. */
    static final Set<Channel> ESCALATION_CHANNELS = EnumSet.of(Channel.X, Channel.MESSENGER, Channel.INSTAGRAM,
            Channel.PHONE);

    public void inbound(@Observes InboundMessageRecorded message) {
        if (message.automatic()) {
            return;
        }
        UUID conversationId = message.conversationId();
        Optional<UUID> unanswered = ESCALATION_CHANNELS.contains(message.channel())
                ? clocks.unansweredConversation(message.customerId(), message.receivedAt()) : Optional.empty();
        if (unanswered.isPresent() && !unanswered.get().equals(conversationId) && message.newConversation()) {
            conversationMoves.moveInteractions(Set.of(message.interactionId()), unanswered.get());
            conversationId = unanswered.get();
        }
        ConversationFacts facts = directory.facts(conversationId);
        if (!facts.active()) {
            return;
        }
        clocks.customerWrote(facts, message.channel(), message.receivedAt());
        intake.customerWrote(facts, message.channel(), message.receivedAt(), clocks.mostPressing(conversationId));
        if (unanswered.filter(conversationId::equals).isPresent()) {
            intake.escalate(conversationId, message.channel(), facts.priority() + 1);
        }
    }

    public void replied(@Observes ReplyRecorded reply) {
        clocks.replied(reply);
        intake.clockChanged(reply.conversationId(), clocks.mostPressing(reply.conversationId()));
    }

    public void statusChanged(@Observes ConversationStatusChanged change) {
        clocks.statusChanged(change);
        if (change.stage() != ConversationStatusChanged.Stage.WAITING_FOR_US) {
            intake.park(change.conversationId());
        }
        intake.clockChanged(change.conversationId(), clocks.mostPressing(change.conversationId()));
    }

    public void promise(@Observes PromiseMade promise) {
        clocks.promise(promise);
    }
}
