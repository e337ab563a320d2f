package io.relais.timeline.boundary;

import jakarta.ejb.ApplicationException;

/** An interaction that cannot be recorded as it is; the reason says why. */
@ApplicationException(rollback = true)
public class InvalidInteractionException extends RefusedRequestException {

    /** @param key a key of {@code io/relais/timeline/refusals.properties}, said with these arguments */
    public InvalidInteractionException(String key, Object... arguments) {
        super(key, arguments);
    }
}
