package io.relais.responses.boundary;

import jakarta.ejb.ApplicationException;

import java.text.Collator;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

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
    private final transient String key;
    private final transient List<Object> arguments;

    /** Refused for what the checks found, said in the language they were asked in. */
    public LibraryRefusalException(String message, List<LibraryRecords.FindingView> findings, boolean conflict) {
        this(message, findings, conflict, null, List.of());
    }

    private LibraryRefusalException(String message, List<LibraryRecords.FindingView> findings, boolean conflict,
                                    String key, List<Object> arguments) {
        super(message);
        this.findings = List.copyOf(findings);
        this.conflict = conflict;
        this.key = key;
        this.arguments = arguments;
    }

    /** Bad input, for one reason: its key, and its arguments (an enum or a collection of them is said in words). */
    public static LibraryRefusalException badRequest(String key, Object... arguments) {
        return because(key, List.of(), false, arguments);
    }

    /** A state that does not allow the step, for one reason. */
    public static LibraryRefusalException conflict(String key, Object... arguments) {
        return because(key, List.of(), true, arguments);
    }

    /** A state that does not allow the step, for one reason, with what the checks found besides. */
    static LibraryRefusalException conflict(List<LibraryRecords.FindingView> findings, String key,
                                            Object... arguments) {
        return because(key, findings, true, arguments);
    }

    private static LibraryRefusalException because(String key, List<LibraryRecords.FindingView> findings,
                                                   boolean conflict, Object... arguments) {
        List<Object> said = Arrays.asList(arguments);
        return new LibraryRefusalException(say(key, said, Locale.ENGLISH), findings, conflict, key, said);
    }

    public List<LibraryRecords.FindingView> findings() {
        return findings;
    }

    public boolean isConflict() {
        return conflict;
    }

    /** In the reader's language; as it was made once the exception has crossed a serialization. */
    public String message(Locale locale) {
        return key == null ? getMessage() : say(key, arguments, locale);
    }

    private static String say(String key, List<Object> arguments, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, LibraryRefusalException.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] said = arguments.stream().map(argument -> word(argument, bundle, locale)).toArray();
        return new MessageFormat(bundle.getString(key), locale).format(said);
    }

    /**
     * An enum by its word ({@code AnswerStatus.IN_REVIEW}), a collection word by word in the reader's
     * alphabetical order; anything else as it is.
     */
    private static String word(Object argument, ResourceBundle bundle, Locale locale) {
        if (argument instanceof Enum<?> constant) {
            return bundle.getString(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
        }
        if (argument instanceof Collection<?> many) {
            return many.stream().map(one -> word(one, bundle, locale)).sorted(Collator.getInstance(locale))
                    .collect(Collectors.joining(", "));
        }
        return String.valueOf(argument);
    }
}
