package io.relais.responses.control;

import io.relais.responses.boundary.FactKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts, delays, dates, web addresses and phone numbers in a text and reduces each to a
 * comparable form, so that "9,99 €" and "9.99 euros", or "2 semaines" and "14 jours", are the
 * same fact, and "30 jours" is not.
 */
public final class FactValues {

    /** A value as written, and the form it is compared in. */
    public record Found(FactKind kind, String written, String comparable) {
    }

    private static final String SPACE = "[ \\u00a0\\u202f]";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d,.])(\\d{1,3}(?:" + SPACE + "\\d{3})+|\\d+)(?:[,.](\\d{1,2}))?" + SPACE + "?(€|euros?\\b|EUR\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DELAY = Pattern.compile(
            "(?<![\\d,./:])(\\d+)" + SPACE + "?(jours?" + SPACE + "ouvr(?:é|e)s|jours?" + SPACE + "ouvrables|jours?" + SPACE
                    + "calendaires|jours?|heures?|h(?![\\p{L}\\d])|semaines?|mois|minutes?|min(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])|(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s\\u00a0\\u202f«»<>\"]+|\\bwww\\.[^\\s\\u00a0\\u202f«»<>\"]+");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d])(?:\\+33" + SPACE + "?|0)[1-9](?:[ .\\-\\u00a0\\u202f]?\\d{2}){4}(?!\\d)");

    private FactValues() {
    }

    public static List<Found> find(FactKind kind, String text) {
        List<Found> found = new ArrayList<>();
        switch (kind) {
            case AMOUNT -> each(AMOUNT, text, m -> found.add(new Found(kind, m.group(), amount(m.group(1), m.group(2)))));
            case DELAY -> each(DELAY, text, m -> found.add(new Found(kind, m.group(), delay(m.group(1), m.group(2)))));
            case DATE -> each(DATE, text, m -> found.add(new Found(kind, m.group(), m.group(1) != null
                    ? String.format("%s-%02d-%02d", m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                    : m.group(4) + "-" + m.group(5) + "-" + m.group(6))));
            case URL -> each(URL, text, m -> {
                String url = PublicPostLength.trimTrailingPunctuation(m.group());
                found.add(new Found(kind, url, url(url)));
            });
            case PHONE -> each(PHONE, text, m -> found.add(new Found(kind, m.group(), phone(m.group()))));
            case STEPS, TEXT -> {
            }
        }
        return found;
    }

    /** The comparable form of a fact's own value, or null when it is not of its kind's shape. */
    public static String comparable(KeyFact fact) {
        return switch (fact.kind()) {
            case STEPS, TEXT -> normaliseText(fact.value());
            default -> {
                List<Found> found = find(fact.kind(), fact.value());
                yield found.size() == 1 ? found.get(0).comparable() : null;
            }
        };
    }

    static String normaliseText(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ").trim().toLowerCase(Locale.ROOT);
    }

    private static void each(Pattern pattern, String text, java.util.function.Consumer<Matcher> action) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            action.accept(matcher);
        }
    }

    private static String amount(String units, String cents) {
        String number = units.replaceAll("[ \\u00a0\\u202f]", "") + (cents == null ? "" : "." + cents);
        return new BigDecimal(number).stripTrailingZeros().toPlainString() + " EUR";
    }

    /** Calendar durations in minutes; months and working days stay in their own units. */
    private static String delay(String number, String unit) {
        long n = Long.parseLong(number);
        String u = unit.toLowerCase(Locale.ROOT).replaceAll("[\\u00a0\\u202f]", " ");
        if (u.contains("ouvr")) {
            return n + " working-days";
        }
        if (u.startsWith("mois")) {
            return n + " months";
        }
        if (u.startsWith("semaine")) {
            return n * 7 * 1440 + " min";
        }
        if (u.startsWith("jour")) {
            return n * 1440 + " min";
        }
        if (u.startsWith("h")) {
            return n * 60 + " min";
        }
        return n + " min";
    }

    private static String url(String url) {
        String u = url.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    private static String phone(String phone) {
        String digits = phone.replaceAll("[^\\d+]", "");
        return digits.startsWith("+33") ? "0" + digits.substring(3) : digits;
    }
}
