package io.relais.shared;

import java.text.Collator;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Why something is refused, said in the reader's language: a key of a module's bundle (French in the
 * base file, English in its {@code _en} twin) with its arguments. The module names its bundle and
 * gives its own class loader, since the shared library cannot see a module's resources. An enum
 * argument is said by its word in the same bundle ({@code AnswerStatus.IN_REVIEW}), a day of the
 * week by the JDK, a {@link Wording} (a reason inside a reason, what a check found) in the same
 * language, a collection word by word in the reader's alphabetical order; anything else as it is
 * (names, codes, limits: a number is not grouped).
 */
public record Reason(String bundle, ClassLoader loader, String key, List<Object> arguments) implements Wording {

    public Reason {
        // A value the request left out is still said ("null").
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static Reason of(String bundle, ClassLoader loader, String key, Object... arguments) {
        return new Reason(bundle, loader, key, Arrays.asList(arguments));
    }

    @Override
    public String in(Locale locale) {
        ResourceBundle words = ResourceBundle.getBundle(bundle, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] said = arguments.stream().map(argument -> word(argument, words, locale)).toArray();
        return new MessageFormat(words.getString(key), locale).format(said);
    }

    /** The API's and the logs' words. */
    public String inEnglish() {
        return in(Locale.ENGLISH);
    }

    private static String word(Object argument, ResourceBundle words, Locale locale) {
        if (argument instanceof Wording wording) {
            return wording.in(locale);
        }
        if (argument instanceof DayOfWeek day) {
            return day.getDisplayName(TextStyle.FULL, locale);
        }
        if (argument instanceof Enum<?> constant) {
            return words.getString(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
        }
        if (argument instanceof Collection<?> many) {
            return many.stream().map(one -> word(one, words, locale)).sorted(Collator.getInstance(locale))
                    .collect(Collectors.joining(", "));
        }
        return String.valueOf(argument);
    }
}
