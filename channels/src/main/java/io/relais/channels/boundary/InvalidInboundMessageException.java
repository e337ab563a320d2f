package io.relais.channels.boundary;

import jakarta.ejb.ApplicationException;

/** A message an adapter cannot queue as it is; the message says why. Nothing was queued. */
@ApplicationException(rollback = true)
public class InvalidInboundMessageException extends RuntimeException {

    public InvalidInboundMessageException(String message) {
        super(message);
    }
}
