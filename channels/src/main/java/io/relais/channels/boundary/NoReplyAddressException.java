package io.relais.channels.boundary;

import io.relais.shared.Channel;
import jakarta.ejb.ApplicationException;

/** The customer has no address on the channel chosen for a reply; nothing was recorded. */
@ApplicationException(rollback = true)
public class NoReplyAddressException extends RuntimeException {

    private final Channel channel;

    public NoReplyAddressException(Channel channel) {
        super("the customer has no " + channel + " address to send the reply to");
        this.channel = channel;
    }

    public Channel channel() {
        return channel;
    }
}
