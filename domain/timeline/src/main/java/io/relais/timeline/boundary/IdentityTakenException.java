package io.relais.timeline.boundary;

import jakarta.ejb.ApplicationException;

import java.util.UUID;

/** The identity already belongs to another customer; the two may be one person, a case for a merge. */
@ApplicationException(rollback = true)
public class IdentityTakenException extends RuntimeException {

    private final UUID holderId;

    public IdentityTakenException(String message, UUID holderId) {
        super(message);
        this.holderId = holderId;
    }

    public UUID holderId() {
        return holderId;
    }
}
