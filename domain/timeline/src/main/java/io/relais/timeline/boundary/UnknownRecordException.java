package io.relais.timeline.boundary;

import jakarta.ejb.ApplicationException;

/** A call named a customer or conversation that does not exist. */
@ApplicationException(rollback = true)
public class UnknownRecordException extends RefusedRequestException {

    /** @param key a key of {@code io/relais/timeline/refusals.properties}, said with these arguments */
    public UnknownRecordException(String key, Object... arguments) {
        super(key, arguments);
    }
}
