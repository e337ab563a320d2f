package io.relais.channels.boundary;

import io.relais.channels.chat.ChatSessions;
import io.relais.channels.email.EmailSender;
import io.relais.timeline.boundary.CustomerDirectory;
import io.relais.timeline.boundary.DeliveryStatus;
import io.relais.timeline.boundary.Timeline;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.Json;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends each queued reply with its channel's adapter, which retries with backoff; the outcome
 * (sent, or failed with the reason) is recorded on the interaction for the agent to see. A reply
 * already sent is not sent again when the queue redelivers it.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/relais/outbound"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboundMessageListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(OutboundMessageListener.class.getName());

    @Inject
    EmailSender email;

    @Inject
    ChatSessions chatSessions;

    @Inject
    Timeline timeline;

    @Inject
    CustomerDirectory directory;

    @Override
    public void onMessage(Message envelope) {
        OutboundMessage message;
        try {
            message = OutboundDispatch.JSON.fromJson(envelope.getBody(String.class), OutboundMessage.class);
        } catch (JMSException | RuntimeException unreadable) {
            LOG.log(Level.SEVERE, "an unreadable outbound message was dropped", unreadable);
            return;
        }
        DeliveryStatus status = directory.deliveryStatus(message.interactionId()).orElse(null);
        if (status == DeliveryStatus.SENT || status == DeliveryStatus.DELIVERED) {
            return;
        }
        try {
            switch (message.channel()) {
                case EMAIL -> timeline.recordDelivery(message.interactionId(), DeliveryStatus.SENT, email.send(message));
                case CHAT -> {
                    String frame = Json.createObjectBuilder().add("type", "message").add("from", "agent")
                            .add("id", message.interactionId().toString()).add("text", message.text()).build().toString();
                    if (chatSessions.deliver(message.to(), frame) > 0) {
                        timeline.recordDelivery(message.interactionId(), DeliveryStatus.SENT, null);
                    } else {
                        timeline.recordDelivery(message.interactionId(), DeliveryStatus.FAILED,
                                "the visitor has left the chat: answer him on another channel");
                    }
                }
                default -> throw new IllegalStateException("no adapter sends on " + message.channel() + " yet");
            }
        } catch (RuntimeException failure) {
            String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            LOG.log(Level.WARNING, "reply " + message.interactionId() + " not sent: " + reason, failure);
            timeline.recordDelivery(message.interactionId(), DeliveryStatus.FAILED, reason);
        }
    }
}
