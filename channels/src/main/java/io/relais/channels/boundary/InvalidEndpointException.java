package io.relais.channels.boundary;

import jakarta.ejb.ApplicationException;

/** An endpoint that cannot be registered; the message says why. */
@ApplicationException(rollback = true)
public class InvalidEndpointException extends RuntimeException {

    public InvalidEndpointException(String message) {
        super(message);
    }
}
