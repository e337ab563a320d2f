package io.relais.routing.boundary;

import jakarta.ejb.ApplicationException;

/** No calendar, commitment or clock with the id asked for. */
@ApplicationException(rollback = true)
public class UnknownRoutingRecordException extends RuntimeException {

    public UnknownRoutingRecordException(String message) {
        super(message);
    }
}
