package io.relais.routing.boundary;

import io.relais.routing.control.Refusal;
import jakarta.ejb.ApplicationException;

import java.util.Locale;

/**
 * A staff or token request that breaks a rule. The message says which in English (the API's);
 * {@link #message(Locale)} says it in the reader's language.
 */
@ApplicationException(rollback = true)
public class InvalidStaffRequestException extends RuntimeException {

    private final transient Refusal refusal;

    public InvalidStaffRequestException(Refusal refusal) {
        super(refusal.inEnglish());
        this.refusal = refusal;
    }

    /** In the reader's language; in English once the exception has crossed a serialization (no refusal then). */
    public String message(Locale locale) {
        return refusal == null ? getMessage() : refusal.message(locale);
    }
}
