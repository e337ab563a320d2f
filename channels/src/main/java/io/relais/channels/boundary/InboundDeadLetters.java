package io.relais.channels.boundary;

import io.relais.channels.control.ChannelRefusals;
import io.relais.channels.entity.InboundFailure;
import io.relais.shared.Channel;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The inbound messages that could not be recorded: those that failed five deliveries in a row
 * (moved here by the messaging engine) and those the timeline refused as they are (set aside here
 * at once, since a retry cannot help). Administrators list them with the reason, replay them
 * once the cause is fixed, or discard them. Nothing here is ever lost silently.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboundDeadLetters {

    static final String REFUSAL = "relaisRefusal";
    private static final Pattern MESSAGE_ID = Pattern.compile("ID:[A-Za-z0-9_\\-]{1,200}");

    @Resource(lookup = "jms/relais/connectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/relais/inbound")
    Queue inbound;

    @Resource(lookup = "jms/relais/inboundDead")
    Queue dead;

    @PersistenceContext(unitName = "channels")
    EntityManager em;

    @Resource
    SessionContext self;

    /** The oldest {@code max} dead letters, each with its last failure. */
    public List<DeadLetter> list(int max) {
        List<Message> messages = new ArrayList<>();
        try (JMSContext jms = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
             QueueBrowser browser = jms.createBrowser(dead)) {
            Enumeration<?> waiting = browser.getEnumeration();
            while (waiting.hasMoreElements() && messages.size() < max) {
                messages.add((Message) waiting.nextElement());
            }
        } catch (JMSException e) {
            throw new IllegalStateException("the dead-letter queue cannot be browsed", e);
        }
        List<UUID> ids = messages.stream().map(InboundDeadLetters::pipelineId).filter(id -> id != null).toList();
        Map<UUID, InboundFailure> failures = ids.isEmpty() ? Map.of() : em.createQuery(
                        "select f from InboundFailure f where f.pipelineId in :ids", InboundFailure.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(InboundFailure::getPipelineId, Function.identity()));
        return messages.stream().map(message -> view(message, failures.get(pipelineId(message)))).toList();
    }

    /** Puts the message back on the inbound queue, in one local transaction: it is on exactly one of the two. */
    public void replay(String id) {
        try (JMSContext jms = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED)) {
            Message message = take(jms, id);
            TextMessage copy = jms.createTextMessage(message.getBody(String.class));
            copyDescription(message, copy);
            copy.setBooleanProperty(InboundPipeline.REPLAYED, true);
            jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(inbound, copy);
            jms.commit();
        } catch (JMSException e) {
            throw new IllegalStateException("the message could not be moved back to the inbound queue", e);
        }
    }

    /** Removes the message for good, with its failure record. */
    public void discard(String id) {
        try (JMSContext jms = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED)) {
            Message message = take(jms, id);
            UUID pipelineId = pipelineId(message);
            jms.commit();
            if (pipelineId != null) {
                self.getBusinessObject(InboundDeadLetters.class).forgetFailure(pipelineId);
            }
        }
    }

    /** A message the timeline refused as it is: straight here, with the reason, without retries. */
    public void setAside(Message envelope, String reason) {
        try (JMSContext jms = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            TextMessage copy = jms.createTextMessage(envelope.getBody(String.class));
            copyDescription(envelope, copy);
            copy.setStringProperty(REFUSAL, reason);
            jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(dead, copy);
        } catch (JMSException e) {
            throw new IllegalStateException("the refused message could not be set aside", e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void noteFailure(InboundMessage message, int attempt, boolean refused, String reason) {
        InboundFailure failure = em.find(InboundFailure.class, message.pipelineId());
        Instant now = Instant.now();
        if (failure == null) {
            failure = new InboundFailure(message.pipelineId(), message.channel(), message.providerMessageId(),
                    message.senderAddress(), now);
            em.persist(failure);
        }
        failure.failed(attempt, refused, reason, now);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void forgetFailure(UUID pipelineId) {
        InboundFailure failure = em.find(InboundFailure.class, pipelineId);
        if (failure != null) {
            em.remove(failure);
        }
    }

    private Message take(JMSContext jms, String id) {
        if (id == null || !MESSAGE_ID.matcher(id).matches()) {
            throw ChannelRefusals.notFound("deadLetter.unknown", id);
        }
        Message message = jms.createConsumer(dead, "JMSMessageID = '" + id + "'").receive(2_000);
        if (message == null) {
            throw ChannelRefusals.notFound("deadLetter.gone", id);
        }
        return message;
    }

    private static void copyDescription(Message from, Message to) throws JMSException {
        for (String name : List.of(InboundPipeline.PIPELINE_ID, InboundPipeline.CHANNEL, InboundPipeline.PROVIDER_ID,
                InboundPipeline.SENDER)) {
            if (from.propertyExists(name)) {
                to.setStringProperty(name, from.getStringProperty(name));
            }
        }
        if (from.propertyExists(InboundPipeline.RECEIVED_AT)) {
            to.setLongProperty(InboundPipeline.RECEIVED_AT, from.getLongProperty(InboundPipeline.RECEIVED_AT));
        }
    }

    private static DeadLetter view(Message message, InboundFailure failure) {
        try {
            String refusal = message.propertyExists(REFUSAL) ? message.getStringProperty(REFUSAL) : null;
            String reason = failure != null ? failure.getReason()
                    : refusal != null ? refusal : "failed five deliveries (no reason recorded)";
            Channel channel = message.propertyExists(InboundPipeline.CHANNEL)
                    ? Channel.valueOf(message.getStringProperty(InboundPipeline.CHANNEL)) : null;
            Instant receivedAt = message.propertyExists(InboundPipeline.RECEIVED_AT)
                    ? Instant.ofEpochMilli(message.getLongProperty(InboundPipeline.RECEIVED_AT)) : null;
            return new DeadLetter(message.getJMSMessageID(), pipelineId(message), channel,
                    message.getStringProperty(InboundPipeline.PROVIDER_ID),
                    message.getStringProperty(InboundPipeline.SENDER), receivedAt,
                    failure == null ? message.getIntProperty("JMSXDeliveryCount") : failure.getAttempts(),
                    failure != null ? failure.isRefused() : refusal != null, reason,
                    failure == null ? null : failure.getLastFailedAt());
        } catch (JMSException e) {
            throw new IllegalStateException("a dead letter cannot be read", e);
        }
    }

    private static UUID pipelineId(Message message) {
        try {
            String id = message.getStringProperty(InboundPipeline.PIPELINE_ID);
            return id == null ? null : UUID.fromString(id);
        } catch (JMSException | IllegalArgumentException e) {
            return null;
        }
    }
}
