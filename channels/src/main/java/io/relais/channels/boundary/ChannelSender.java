package io.relais.channels.boundary;

import io.relais.shared.Channel;

import java.util.Optional;
import java.util.UUID;

/**
 * A channel's way out: the adapter that sends replies on one channel (email and chat today; SMS,
 * WhatsApp and the others plug in the same way, as CDI beans). The reply use case and the outbound
 * listener find them by channel ({@link ChannelSenders}), so the module's core never names an adapter.
 */
public interface ChannelSender {

    Channel channel();

    /** Where this conversation's customer is answered on this channel, if he can be. */
    Optional<String> addressFor(UUID conversationId);

    /**
     * Sends the reply now, retrying what is worth retrying.
     *
     * @throws RuntimeException when it could not be sent, its message saying why
     */
    DeliveryReport send(OutboundMessage reply);
}
