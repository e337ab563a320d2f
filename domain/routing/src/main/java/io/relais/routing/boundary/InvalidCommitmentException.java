package io.relais.routing.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A commitment or calendar that cannot stand: a missing or impossible value, or (a conflict) a
 * rule that overlaps or contradicts another, named in the message, or a calendar still in use.
 */
@ApplicationException(rollback = true)
public class InvalidCommitmentException extends RuntimeException {

    private final boolean conflict;

    public InvalidCommitmentException(String message) {
        this(message, false);
    }

    public InvalidCommitmentException(String message, boolean conflict) {
        super(message);
        this.conflict = conflict;
    }

    /** Whether the request clashes with other records rather than being wrong in itself. */
    public boolean isConflict() {
        return conflict;
    }
}
