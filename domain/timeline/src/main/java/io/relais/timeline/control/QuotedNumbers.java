package io.relais.timeline.control;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks out of a message the words that could be a customer number ("mon numéro client est
 * C-100042"), as stored: upper case. Only words with a digit count, and only the first few.
 */
public final class QuotedNumbers {

    static final int MAX_CANDIDATES = 20;
    private static final Pattern WORD = Pattern.compile("\\b[A-Za-z0-9][A-Za-z0-9-]{3,30}[A-Za-z0-9]\\b");

    private QuotedNumbers() {
    }

    public static Set<String> candidates(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text == null) {
            return found;
        }
        Matcher matcher = WORD.matcher(text);
        while (matcher.find() && found.size() < MAX_CANDIDATES) {
            String word = matcher.group();
            if (word.chars().anyMatch(Character::isDigit)) {
                found.add(word.toUpperCase(Locale.ROOT));
            }
        }
        return found;
    }
}
