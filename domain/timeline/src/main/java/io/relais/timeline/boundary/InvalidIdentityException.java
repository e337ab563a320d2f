package io.relais.timeline.boundary;

import jakarta.ejb.ApplicationException;

/** An identity value that cannot be stored; the message says why, in words a user can read. */
@ApplicationException(rollback = true)
public class InvalidIdentityException extends RuntimeException {

    public InvalidIdentityException(String message) {
        super(message);
    }
}
