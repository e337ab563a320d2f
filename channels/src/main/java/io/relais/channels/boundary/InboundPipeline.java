package io.relais.channels.boundary;

import io.relais.channels.control.InboundMessages;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

import java.time.Instant;

/**
 * The one way into Relais for every channel: a message is checked, then put on the durable
 * inbound queue. {@link #accept} returns only once the messaging engine has stored it (assured
 * persistent delivery, outside any transaction), so an adapter acknowledges its provider after it
 * and a crash from then on loses nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboundPipeline {

    static final String PIPELINE_ID = "relaisPipelineId";
    static final String CHANNEL = "relaisChannel";
    static final String PROVIDER_ID = "relaisProviderMessageId";
    static final String SENDER = "relaisSender";
    static final String RECEIVED_AT = "relaisReceivedAt";
    static final String REPLAYED = "relaisReplayed";

    @Inject
    @JMSConnectionFactory("jms/relais/connectionFactory")
    JMSContext jms;

    @Resource(lookup = "jms/relais/inbound")
    Queue inbound;

    /** @return the message as queued, with its pipeline id, provider id and reception time */
    public InboundMessage accept(InboundMessage message) {
        InboundMessage queued = InboundMessages.readyToQueue(message, Instant.now());
        TextMessage envelope = jms.createTextMessage(InboundMessages.toJson(queued));
        try {
            describe(envelope, queued);
        } catch (JMSException e) {
            throw new IllegalStateException("the messaging engine refused a message property", e);
        }
        try {
            jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(inbound, envelope);
        } catch (JMSRuntimeException e) {
            if (queueFull(e)) {
                throw new InboundQueueFullException("the inbound queue is full: send the message again later", e);
            }
            throw e;
        }
        return queued;
    }

    /** The engine's "high limit for the number of messages" on the destination (CWSIK0025E). */
    private static boolean queueFull(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("SIMPLimitExceededException")
                    || cause.getMessage() != null && cause.getMessage().contains("CWSIK0025E")) {
                return true;
            }
        }
        return false;
    }

    /** Properties that let the dead-letter view list a message without reading its body. */
    static void describe(TextMessage envelope, InboundMessage message) throws JMSException {
        envelope.setStringProperty(PIPELINE_ID, message.pipelineId().toString());
        envelope.setStringProperty(CHANNEL, message.channel().name());
        envelope.setStringProperty(PROVIDER_ID, message.providerMessageId());
        envelope.setStringProperty(SENDER, message.senderAddress());
        envelope.setLongProperty(RECEIVED_AT, message.receivedAt().toEpochMilli());
    }
}
