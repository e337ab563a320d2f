package io.relais.channels.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The inbound queue holds as many messages as it may (the listener is behind): nothing was
 * queued, and the provider should send again later, as providers do on a 503.
 */
@ApplicationException(rollback = true)
public class InboundQueueFullException extends RuntimeException {

    public InboundQueueFullException(String message, Throwable cause) {
        super(message, cause);
    }
}
