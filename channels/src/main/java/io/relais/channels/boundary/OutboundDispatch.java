package io.relais.channels.boundary;

import io.relais.channels.control.ChannelRefusals;
import io.relais.timeline.boundary.DeliveryStatus;
import io.relais.timeline.boundary.Timeline;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Replies leave through here: queued durably on {@code relais.outbound}, marked QUEUED on their
 * interaction, and sent by the {@code OutboundMessageListener} with the channel's adapter.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboundDispatch {

    static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    @JMSConnectionFactory("jms/relais/connectionFactory")
    JMSContext jms;

    @Resource(lookup = "jms/relais/outbound")
    Queue outbound;

    @Inject
    Timeline timeline;

    @Inject
    ChannelSenders senders;

    public void queue(OutboundMessage message) {
        if (!senders.canSend(message.channel())) {
            throw ChannelRefusals.invalid("reply.cannotSend", message.channel());
        }
        if (message.to() == null || message.to().isBlank()) {
            throw ChannelRefusals.conflict("reply.noAddress", message.channel());
        }
        timeline.recordDelivery(message.interactionId(), DeliveryStatus.QUEUED, null);
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                .send(outbound, jms.createTextMessage(JSON.toJson(message)));
    }
}
