package io.relais.channels.boundary;

import io.relais.channels.control.ChannelRefusals;
import io.relais.channels.control.GroupCommit;
import io.relais.channels.control.InboundMessages;
import io.relais.shared.Refusal;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one way into Relais for every channel: a message is checked, then put on the durable
 * inbound queue. {@link #accept} returns only once the messaging engine has stored it (assured
 * persistent delivery, outside any transaction), so an adapter acknowledges its provider after it
 * and a crash from then on loses nothing. Messages accepted at the same moment share one envelope.
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

    /**
     * Messages accepted while an envelope is being stored travel together in the next one: the
     * engine forces its log once per envelope, and one by one its store was where producers and the
     * listener queued. 4 MB keeps an envelope well within the engine's limits.
     */
    private static final GroupCommit<Queued> ENVELOPES = new GroupCommit<>(200, 4L * 1024 * 1024,
            queued -> queued.json().length());

    @Inject
    @JMSConnectionFactory("jms/relais/connectionFactory")
    JMSContext jms;

    @Resource(lookup = "jms/relais/connectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/relais/inbound")
    Queue inbound;

    /** @return the message as queued, with its pipeline id, provider id and reception time */
    public InboundMessage accept(InboundMessage message) {
        InboundMessage queued = InboundMessages.readyToQueue(message, Instant.now());
        try {
            ENVELOPES.submit(new Queued(queued, InboundMessages.toJson(queued)), this::send);
        } catch (Refusal full) {
            throw ChannelRefusals.queueFull();
        } catch (RuntimeException failure) {
            throw new IllegalStateException("the messaging engine did not store the message: " + failure.getMessage(),
                    failure);
        }
        return queued;
    }

    /**
     * Puts each message back on the queue in an envelope of its own, in one local transaction, for a
     * group that could not be recorded together: each then has its own retries and dead letter.
     */
    public void requeueAlone(List<InboundMessage> messages) {
        try (JMSContext alone = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED)) {
            JMSProducer producer = alone.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            for (InboundMessage message : messages) {
                producer.send(inbound, envelope(alone, message, InboundMessages.toJson(message)));
            }
            alone.commit();
        }
    }

    private void send(List<Queued> group) {
        TextMessage envelope = group.size() == 1 ? envelope(jms, group.get(0).message(), group.get(0).json())
                : jms.createTextMessage(group.stream().map(Queued::json).collect(Collectors.joining(",", "[", "]")));
        try {
            jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(inbound, envelope);
        } catch (JMSRuntimeException e) {
            if (queueFull(e)) {
                throw ChannelRefusals.queueFull();
            }
            throw e;
        }
    }

    private static TextMessage envelope(JMSContext context, InboundMessage message, String json) {
        TextMessage envelope = context.createTextMessage(json);
        try {
            describe(envelope, message);
        } catch (JMSException e) {
            throw new IllegalStateException("the messaging engine refused a message property", e);
        }
        return envelope;
    }

    /** A group's envelope holds its messages as a JSON array; a lone message's, as itself. */
    static boolean holdsSeveral(String body) {
        return body.startsWith("[");
    }

    private record Queued(InboundMessage message, String json) {
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
