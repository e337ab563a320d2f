package io.relais.shared;

import jakarta.ejb.ApplicationException;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Locale;
import java.util.Map;

/**
 * A request refused, whichever module refused it and whichever door it came through. Its kind says
 * what sort of refusal it is (the API's status follows from it alone, so a module adds reasons
 * without touching the API); its reason says why, in the reader's language on the pages and in
 * English for the API and the logs; its details carry what a caller can act on (the findings of a
 * check, the customer who holds an identity). The transaction it leaves rolls back, and the
 * container hands it on as it is.
 */
@ApplicationException(rollback = true)
public final class Refusal extends RuntimeException {

    public enum Kind {
        /** The request is malformed or breaks a rule of its own (400). */
        INVALID,
        /** Well formed, but what it carries cannot go where it is sent (422: a reply its channel cannot carry). */
        UNPROCESSABLE,
        /** What it names does not exist (404). */
        NOT_FOUND,
        /** The records' state does not allow it now (409: someone was faster, no room, a rule clashes). */
        CONFLICT,
        /** What it names is gone for good (410: an erased customer). */
        GONE,
        /** The caller may not do it (403). */
        FORBIDDEN,
        /** The caller could not be trusted: a webhook's signature missing or wrong (401). */
        UNAUTHENTICATED,
        /** Relais cannot take it now; the same request may succeed later (503). */
        UNAVAILABLE
    }

    private final Kind kind;
    private final transient Reason reason;
    private final transient Map<String, Object> details;
    /** Kept once said, and what crosses a serialization (the reason does not). */
    private String english;

    public Refusal(Kind kind, Reason reason) {
        this(kind, reason, Map.of());
    }

    public Refusal(Kind kind, Reason reason, Map<String, Object> details) {
        this.kind = kind;
        this.reason = reason;
        this.details = Map.copyOf(details);
    }

    /**
     * The English words, said when first asked for: a refusal nobody reads (a forged webhook call
     * answered 401 at the door, a copy the pipeline drops) costs no formatting.
     */
    @Override
    public String getMessage() {
        if (english == null && reason != null) {
            english = reason.inEnglish();
        }
        return english;
    }

    /** The English words travel; the reason, which holds a class loader, does not. */
    private void writeObject(ObjectOutputStream out) throws IOException {
        getMessage();
        out.defaultWriteObject();
    }

    public Kind kind() {
        return kind;
    }

    /** What a caller can act on besides the reason; empty once the refusal has crossed a serialization. */
    public Map<String, Object> details() {
        return details == null ? Map.of() : details;
    }

    /** In the reader's language; in English once the refusal has crossed a serialization. */
    public String message(Locale locale) {
        return reason == null ? getMessage() : reason.in(locale);
    }
}
