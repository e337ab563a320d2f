package io.relais.channels.boundary;

import jakarta.ejb.ApplicationException;

/** No such message on the dead-letter queue (replayed or discarded meanwhile, or never there). */
@ApplicationException(rollback = true)
public class UnknownDeadLetterException extends RuntimeException {

    public UnknownDeadLetterException(String message) {
        super(message);
    }
}
