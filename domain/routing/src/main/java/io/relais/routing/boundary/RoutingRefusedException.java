package io.relais.routing.boundary;

import io.relais.routing.control.Refusal;
import jakarta.ejb.ApplicationException;

import java.util.Locale;

/**
 * A routing request that cannot be done: an agent without room for one more conversation, a
 * conversation someone else took first, an unknown agent or queue value. The message says which,
 * in English (the API's); {@link #message(Locale)} says it in the reader's language.
 */
@ApplicationException(rollback = true)
public class RoutingRefusedException extends RuntimeException {

    private final transient Refusal refusal;
    private final boolean conflict;

    public RoutingRefusedException(Refusal refusal, boolean conflict) {
        super(refusal.inEnglish());
        this.refusal = refusal;
        this.conflict = conflict;
    }

    /** Whether the request clashes with the current state (someone was faster, no room) rather than being wrong. */
    public boolean isConflict() {
        return conflict;
    }

    /** In the reader's language; in English once the exception has crossed a serialization (no refusal then). */
    public String message(Locale locale) {
        return refusal == null ? getMessage() : refusal.message(locale);
    }
}
