package io.relais.timeline.boundary;

import jakarta.ejb.ApplicationException;

/** The customer was erased at his request (RGPD): nothing more can be recorded or changed for him. */
@ApplicationException(rollback = true)
public class ErasedCustomerException extends RefusedRequestException {

    /** @param key a key of {@code io/relais/timeline/refusals.properties}, said with these arguments */
    public ErasedCustomerException(String key, Object... arguments) {
        super(key, arguments);
    }
}
