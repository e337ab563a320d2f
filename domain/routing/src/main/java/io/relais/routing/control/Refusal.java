package io.relais.routing.control;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why routing refuses something, said in the reader's language: a key of
 * {@code io/relais/routing/refusals.properties} (English, what the API and the logs say) or its
 * French twin, with its arguments. An argument may itself be a refusal (the reason inside "the
 * calendar « X »: …") or a day of the week; both are said in the same language.
 */
public record Refusal(String key, List<Object> arguments) {

    private static final String BUNDLE = "io.relais.routing.refusals";

    public Refusal {
        // A value the request left out is still said ("null"), as the English message always did.
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static Refusal of(String key, Object... arguments) {
        return new Refusal(key, Arrays.asList(arguments));
    }

    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Refusal.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] said = arguments.stream().map(argument -> say(argument, locale)).toArray();
        return new MessageFormat(bundle.getString(key), locale).format(said);
    }

    /** The API's and the logs' words. */
    public String inEnglish() {
        return message(Locale.ROOT);
    }

    private static Object say(Object argument, Locale locale) {
        if (argument instanceof Refusal inner) {
            return inner.message(locale);
        }
        if (argument instanceof DayOfWeek day) {
            return day.getDisplayName(TextStyle.FULL, locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale);
        }
        // Names, times, ids and limits as they are: MessageFormat would group a number's digits.
        return String.valueOf(argument);
    }
}
