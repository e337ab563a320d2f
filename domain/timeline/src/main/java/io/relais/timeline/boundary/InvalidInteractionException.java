package io.relais.timeline.boundary;

import jakarta.ejb.ApplicationException;

/** An interaction that cannot be recorded as it is; the message says why. */
@ApplicationException(rollback = true)
public class InvalidInteractionException extends RuntimeException {

    public InvalidInteractionException(String message) {
        super(message);
    }
}
