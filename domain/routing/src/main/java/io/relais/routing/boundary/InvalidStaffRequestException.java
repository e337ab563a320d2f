package io.relais.routing.boundary;

import jakarta.ejb.ApplicationException;

/** A staff or token request that breaks a rule; the message says which, for the user. */
@ApplicationException(rollback = true)
public class InvalidStaffRequestException extends RuntimeException {

    public InvalidStaffRequestException(String message) {
        super(message);
    }
}
