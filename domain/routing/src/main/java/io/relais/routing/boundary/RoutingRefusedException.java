package io.relais.routing.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A routing request that cannot be done: an agent without room for one more conversation, a
 * conversation someone else took first, an unknown agent or queue value. The message says which.
 */
@ApplicationException(rollback = true)
public class RoutingRefusedException extends RuntimeException {

    private final boolean conflict;

    public RoutingRefusedException(String message, boolean conflict) {
        super(message);
        this.conflict = conflict;
    }

    /** Whether the request clashes with the current state (someone was faster, no room) rather than being wrong. */
    public boolean isConflict() {
        return conflict;
    }
}
