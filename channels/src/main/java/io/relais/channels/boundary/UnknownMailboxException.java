package io.relais.channels.boundary;

import jakarta.ejb.ApplicationException;

/** No mailbox has this id. */
@ApplicationException(rollback = true)
public class UnknownMailboxException extends RuntimeException {

    public UnknownMailboxException(String message) {
        super(message);
    }
}
