package io.relais.routing.boundary;

import io.relais.routing.control.Refusal;
import jakarta.ejb.ApplicationException;

import java.util.Locale;

/**
 * A commitment or calendar that cannot stand: a missing or impossible value, or (a conflict) a
 * rule that overlaps or contradicts another, named in the message, or a calendar still in use.
 * The message is English (the API's); {@link #message(Locale)} says it in the admin's language.
 */
@ApplicationException(rollback = true)
public class InvalidCommitmentException extends RuntimeException {

    private final transient Refusal refusal;
    private final boolean conflict;

    public InvalidCommitmentException(Refusal refusal) {
        this(refusal, false);
    }

    public InvalidCommitmentException(Refusal refusal, boolean conflict) {
        super(refusal.inEnglish());
        this.refusal = refusal;
        this.conflict = conflict;
    }

    /** Whether the request clashes with other records rather than being wrong in itself. */
    public boolean isConflict() {
        return conflict;
    }

    /** In the reader's language; in English once the exception has crossed a serialization (no refusal then). */
    public String message(Locale locale) {
        return refusal == null ? getMessage() : refusal.message(locale);
    }
}
