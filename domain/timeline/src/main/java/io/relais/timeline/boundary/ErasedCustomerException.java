package io.relais.timeline.boundary;

import jakarta.ejb.ApplicationException;

/** The customer was erased at his request (RGPD): nothing more can be recorded or changed for him. */
@ApplicationException(rollback = true)
public class ErasedCustomerException extends RuntimeException {

    public ErasedCustomerException(String message) {
        super(message);
    }
}
