package io.relais.timeline.boundary;

import jakarta.ejb.ApplicationException;

/** A call named a customer or conversation that does not exist. */
@ApplicationException(rollback = true)
public class UnknownRecordException extends RuntimeException {

    public UnknownRecordException(String message) {
        super(message);
    }
}
