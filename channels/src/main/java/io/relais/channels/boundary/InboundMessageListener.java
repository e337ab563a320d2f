package io.relais.channels.boundary;

import io.relais.channels.control.InboundMessages;
import io.relais.shared.Refusal;
import io.relais.shared.UniqueKeyViolation;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes each message off the durable inbound queue and records it. The recording commits in its
 * own transaction, then the message is acknowledged: a crash between the two redelivers a message
 * the timeline recognises by its provider id, so it is recorded once without a two-phase commit.
 * A failure is noted and thrown, so the engine redelivers, and after five deliveries moves the
 * message to the dead-letter queue; a message the timeline refuses as it is goes there at once.
 * Messages that shared an envelope are recorded together, or each alone if together fails.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/relais/inbound"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboundMessageListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(InboundMessageListener.class.getName());

    @Inject
    InboundRecorder recorder;

    @Inject
    InboundDeadLetters deadLetters;

    @Inject
    InboundPipeline pipeline;

    @Override
    public void onMessage(Message envelope) {
        List<InboundMessage> together = null;
        InboundMessage message = null;
        try {
            String body = envelope.getBody(String.class);
            if (InboundPipeline.holdsSeveral(body)) {
                together = InboundMessages.listFromJson(body);
            } else {
                message = InboundMessages.fromJson(body);
            }
        } catch (JMSException | RuntimeException unreadable) {
            deadLetters.setAside(envelope, "unreadable: " + unreadable.getMessage());
            return;
        }
        if (together != null) {
            recordTogether(envelope, together);
            return;
        }
        int delivery = deliveryCount(envelope);
        try {
            try {
                recorder.record(message, delivery > 1 || replayed(envelope));
            } catch (RuntimeException failure) {
                if (!UniqueKeyViolation.causedBy(failure)) {
                    throw failure;
                }
                // Two first messages of one new sender (two chat lines, a burst of emails) met at the
                // sender's unique identity; the other committed first, so a second try finds him.
                recorder.record(message, true);
            }
        } catch (RuntimeException failure) {
            if (failure instanceof Refusal refused && refused.kind() == Refusal.Kind.INVALID) {
                // The timeline refuses it as it is: trying again cannot help.
                deadLetters.setAside(envelope, refused.getMessage());
                deadLetters.noteFailure(message, delivery, true, refused.getMessage());
                return;
            }
            String reason = reason(failure);
            LOG.log(Level.WARNING, "inbound message " + message.pipelineId() + " not recorded (delivery "
                    + delivery + "): " + reason, failure);
            deadLetters.noteFailure(message, delivery, false, reason);
            throw failure;
        }
    }

    /**
     * The messages that shared an envelope, in one transaction. If any one fails (refused, or a new
     * sender met by another envelope at the same moment) nothing is recorded and each goes back on
     * the queue alone, with its own retries and dead letter; those already recorded on a redelivery
     * are recognised as copies.
     */
    private void recordTogether(Message envelope, List<InboundMessage> messages) {
        try {
            recorder.recordAll(messages, deliveryCount(envelope) > 1 || replayed(envelope));
        } catch (RuntimeException failure) {
            LOG.log(Level.FINE, "an envelope of " + messages.size() + " messages goes back one by one: "
                    + reason(failure), failure);
            pipeline.requeueAlone(messages);
        }
    }

    private static int deliveryCount(Message envelope) {
        try {
            return envelope.propertyExists("JMSXDeliveryCount") ? envelope.getIntProperty("JMSXDeliveryCount") : 1;
        } catch (JMSException e) {
            return 1;
        }
    }

    private static boolean replayed(Message envelope) {
        try {
            return envelope.propertyExists(InboundPipeline.REPLAYED);
        } catch (JMSException e) {
            return false;
        }
    }

    /** The deepest cause's words: "duplicate key …", "check constraint …", rather than a wrapper's. */
    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String words = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return failure instanceof EJBException || cause == failure ? words
                : words + " (" + failure.getClass().getSimpleName() + ")";
    }
}
