package io.relais.timeline.boundary;

import jakarta.ejb.ApplicationException;

/** A profile value that cannot be kept; the message says why. Nothing of the update is kept. */
@ApplicationException(rollback = true)
public class InvalidCustomerProfileException extends RuntimeException {

    public InvalidCustomerProfileException(String message) {
        super(message);
    }
}
