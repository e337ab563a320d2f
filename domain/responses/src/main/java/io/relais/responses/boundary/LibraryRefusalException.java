package io.relais.responses.boundary;

import io.relais.shared.Reason;
import jakarta.ejb.ApplicationException;

import java.util.List;
import java.util.Locale;

/**
 * A library change refused as a whole (nothing saved). Bad input, or a state that does not allow the
 * step (then {@code conflict}). Either the findings say why, already in the author's language, or
 * one reason does: a key of {@code io/relais/responses/refusals.properties} (French; English in
 * {@code refusals_en}) with its arguments. The message is English (the API's and the logs' words);
 * {@link #message(Locale)} says it in the reader's language.
 */
@ApplicationException(rollback = true)
public class LibraryRefusalException extends RuntimeException {

    private static final String BUNDLE = "io.relais.responses.refusals";

    private final transient List<LibraryRecords.FindingView> findings;
    private final boolean conflict;
    private final boolean unsendable;
    private final transient Reason reason;

    /** Refused for what the checks found, said in the language they were asked in. */
    public LibraryRefusalException(String message, List<LibraryRecords.FindingView> findings, boolean conflict) {
        this(message, findings, conflict, false);
    }

    private LibraryRefusalException(String message, List<LibraryRecords.FindingView> findings, boolean conflict,
                                    boolean unsendable) {
        super(message);
        this.findings = List.copyOf(findings);
        this.conflict = conflict;
        this.unsendable = unsendable;
        this.reason = null;
    }

    /**
     * A reply its channel cannot carry as it is: the refusing findings, said in the language the
     * check was asked in, and their words as the message.
     */
    static LibraryRefusalException unsendable(List<LibraryRecords.FindingView> refusing) {
        return new LibraryRefusalException(String.join(" ", refusing.stream().map(LibraryRecords.FindingView::message)
                .toList()), refusing, false, true);
    }

    private LibraryRefusalException(Reason reason, List<LibraryRecords.FindingView> findings, boolean conflict) {
        super(reason.inEnglish());
        this.findings = List.copyOf(findings);
        this.conflict = conflict;
        this.unsendable = false;
        this.reason = reason;
    }

    /** Bad input, for one reason: its key, and its arguments (an enum or a collection of them is said in words). */
    public static LibraryRefusalException badRequest(String key, Object... arguments) {
        return new LibraryRefusalException(reason(key, arguments), List.of(), false);
    }

    /** A state that does not allow the step, for one reason. */
    public static LibraryRefusalException conflict(String key, Object... arguments) {
        return new LibraryRefusalException(reason(key, arguments), List.of(), true);
    }

    /** A state that does not allow the step, for one reason, with what the checks found besides. */
    static LibraryRefusalException conflict(List<LibraryRecords.FindingView> findings, String key,
                                            Object... arguments) {
        return new LibraryRefusalException(reason(key, arguments), findings, true);
    }

    private static Reason reason(String key, Object... arguments) {
        return Reason.of(BUNDLE, LibraryRefusalException.class.getClassLoader(), key, arguments);
    }

    public List<LibraryRecords.FindingView> findings() {
        return findings;
    }

    public boolean isConflict() {
        return conflict;
    }

    /** The words are well formed, but the channel cannot carry them (a chat line over the brand's length). */
    public boolean isUnsendable() {
        return unsendable;
    }

    /**
     * In the reader's language; the message itself when the findings say why (already in the author's
     * language) or once the exception has crossed a serialization (English then).
     */
    public String message(Locale locale) {
        return reason == null ? getMessage() : reason.in(locale);
    }
}
