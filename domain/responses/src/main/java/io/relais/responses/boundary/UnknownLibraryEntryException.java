package io.relais.responses.boundary;

import jakarta.ejb.ApplicationException;

/** A motif, answer or variant that does not exist. */
@ApplicationException(rollback = true)
public class UnknownLibraryEntryException extends RuntimeException {

    public UnknownLibraryEntryException(String message) {
        super(message);
    }
}
