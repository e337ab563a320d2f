package io.relais.timeline.boundary;

import io.relais.shared.Reason;

import java.util.Locale;

/**
 * A timeline request refused, with its reason: a key of {@code io/relais/timeline/refusals.properties}
 * (French; English in {@code refusals_en}). The message is English, the API's and the logs' words;
 * {@link #message(Locale)} says it in the reader's language, for the pages.
 */
public abstract class RefusedRequestException extends RuntimeException {

    private static final String BUNDLE = "io.relais.timeline.refusals";

    private final transient Reason reason;

    protected RefusedRequestException(String key, Object... arguments) {
        this(Reason.of(BUNDLE, RefusedRequestException.class.getClassLoader(), key, arguments));
    }

    private RefusedRequestException(Reason reason) {
        super(reason.inEnglish());
        this.reason = reason;
    }

    /** In the reader's language; in English once the exception has crossed a serialization. */
    public String message(Locale locale) {
        return reason == null ? getMessage() : reason.in(locale);
    }
}
