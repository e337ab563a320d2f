package io.relais.timeline.boundary;

import jakarta.ejb.ApplicationException;

/** A profile value that cannot be kept; the reason says why. Nothing of the update is kept. */
@ApplicationException(rollback = true)
public class InvalidCustomerProfileException extends RefusedRequestException {

    /** @param key a key of {@code io/relais/timeline/refusals.properties}, said with these arguments */
    public InvalidCustomerProfileException(String key, Object... arguments) {
        super(key, arguments);
    }
}
