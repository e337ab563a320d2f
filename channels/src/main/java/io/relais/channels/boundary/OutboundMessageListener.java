package io.relais.channels.boundary;

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
    ChannelSenders senders;

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
            ChannelSender sender = senders.of(message.channel()).orElseThrow(
                    () -> new IllegalStateException("no adapter sends on " + message.channel() + " yet"));
            DeliveryReport report = sender.send(message);
            timeline.recordDelivery(message.interactionId(), report.status(), report.detail());
        } catch (RuntimeException failure) {
            String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            LOG.log(Level.WARNING, "reply " + message.interactionId() + " not sent: " + reason, failure);
            timeline.recordDelivery(message.interactionId(), DeliveryStatus.FAILED, reason);
        }
    }
}
