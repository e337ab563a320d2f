package io.relais.responses.control;

import io.relais.responses.boundary.AddressForm;
import io.relais.responses.boundary.OneClickFix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The brand's lexicon, its tone (vous or tu) and French typography: each checked, each with a
 * one-click fix. Web addresses and placeholders are left alone. SMS are exempt from typography:
 * a no-break space or « » is outside the GSM alphabet and would switch the message to UCS-2.
 */
public final class StyleGuide {

    static final char NBSP = '\u00a0';
    static final char NARROW_NBSP = '\u202f';
    private static final Pattern PROTECTED = Pattern.compile("(?i)\\{\\{[^}]*}}|\\bhttps?://[^\\s\\u00a0\\u202f«»]+|\\bwww\\.[^\\s\\u00a0\\u202f«»]+|\\b\\d{1,2}:\\d{2}\\b");
    private static final Pattern TU_WORDS = Pattern.compile(
            "(?iu)(?<![\\p{L}\\-])(tu|te|toi|ton|ta|tes)(?![\\p{L}\\-])|(?<![\\p{L}])(t['’])(?=\\p{L})");
    private static final Pattern VOUS_WORDS = Pattern.compile("(?iu)(?<![\\p{L}\\-])(vous|votre|vos)(?![\\p{L}\\-])");
    private static final Pattern TU_WITH_VERB = Pattern.compile(
            "(?iu)(?<![\\p{L}\\-])(tu|te|toi|ton|ta|tes)(?![\\p{L}\\-])( (\\p{L}+))?|(?<![\\p{L}])t['’](?=\\p{L})");
    private static final Map<String, String> TU_TO_VOUS_VERBS = Map.ofEntries(
            Map.entry("es", "êtes"), Map.entry("as", "avez"), Map.entry("peux", "pouvez"),
            Map.entry("veux", "voulez"), Map.entry("dois", "devez"), Map.entry("vas", "allez"),
            Map.entry("fais", "faites"), Map.entry("sais", "savez"), Map.entry("dis", "dites"),
            Map.entry("reçois", "recevez"), Map.entry("viens", "venez"), Map.entry("prends", "prenez"));

    private StyleGuide() {
    }

    public static List<Finding> check(String text, String field, StyleRules rules, boolean typography) {
        List<Finding> findings = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return findings;
        }
        String masked = masked(text);
        for (StyleRules.LexiconRule rule : rules.lexicon()) {
            Matcher matcher = lexicon(rule).matcher(masked);
            while (matcher.find()) {
                String word = text.substring(matcher.start(), matcher.end());
                findings.add(rule.replacement() == null || rule.replacement().isBlank()
                        ? Finding.fixable(Finding.Code.LEXICON_REMOVE, Finding.Severity.BLOCKS_APPROVAL, field, OneClickFix.LEXICON, word)
                        : Finding.fixable(Finding.Code.LEXICON, Finding.Severity.BLOCKS_APPROVAL, field, OneClickFix.LEXICON, word, rule.replacement()));
            }
        }
        Matcher tone = (rules.addressForm() == AddressForm.VOUS ? TU_WORDS : VOUS_WORDS).matcher(masked);
        while (tone.find()) {
            String word = text.substring(tone.start(), tone.end());
            findings.add(rules.addressForm() == AddressForm.VOUS
                    ? Finding.fixable(Finding.Code.TONE_TU, Finding.Severity.BLOCKS_APPROVAL, field, OneClickFix.TONE, word)
                    : Finding.of(Finding.Code.TONE_VOUS, Finding.Severity.BLOCKS_APPROVAL, field, word));
        }
        if (typography) {
            for (int i = 0; i < masked.length(); i++) {
                char c = masked.charAt(i);
                if (needsSpaceBefore(masked, i)) {
                    findings.add(Finding.fixable(Finding.Code.TYPOGRAPHY_SPACE, Finding.Severity.BLOCKS_APPROVAL, field,
                            OneClickFix.TYPOGRAPHY, String.valueOf(c), excerpt(text, i)));
                }
            }
            if (masked.indexOf('"') >= 0) {
                findings.add(Finding.fixable(Finding.Code.TYPOGRAPHY_QUOTES, Finding.Severity.BLOCKS_APPROVAL, field,
                        OneClickFix.TYPOGRAPHY));
            }
        }
        return findings;
    }

    public static String fix(OneClickFix fix, String text, StyleRules rules) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (fix) {
            case LEXICON -> fixLexicon(text, rules);
            case TONE -> rules.addressForm() == AddressForm.VOUS ? vouvoyer(text) : text;
            case TYPOGRAPHY -> typography(text);
            case GSM_CHARACTERS -> GsmTransliteration.apply(text);
        };
    }

    /** ";", "!", "?" take a narrow no-break space, ":" and "»" a no-break space, "«" one after it. */
    static boolean needsSpaceBefore(String masked, int i) {
        char c = masked.charAt(i);
        if (c == '«') {
            return i + 1 < masked.length() && !isNoBreak(masked.charAt(i + 1));
        }
        if (";:!?»".indexOf(c) < 0 || i == 0) {
            return false;
        }
        char before = masked.charAt(i - 1);
        if (isNoBreak(before) || before == '\n' || (";:!?".indexOf(before) >= 0 && c != ':')) {
            return false;
        }
        return true;
    }

    private static boolean isNoBreak(char c) {
        return c == NBSP || c == NARROW_NBSP;
    }

    static String typography(String text) {
        String masked = masked(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean quoteOpen = false;
        for (int i = 0; i < text.length(); i++) {
            char m = masked.charAt(i);
            char c = text.charAt(i);
            if (m == '"') {
                if (quoteOpen) {
                    trimTrailingSpace(out);
                    out.append(NBSP).append('»');
                } else {
                    out.append('«').append(NBSP);
                    while (i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                        i++;
                    }
                }
                quoteOpen = !quoteOpen;
                continue;
            }
            if (needsSpaceBefore(masked, i) && c != '«') {
                trimTrailingSpace(out);
                out.append(c == ':' || c == '»' ? NBSP : NARROW_NBSP).append(c);
                continue;
            }
            out.append(c);
            if (c == '«' && needsSpaceBefore(masked, i)) {
                while (i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                    i++;
                }
                out.append(NBSP);
            }
        }
        return out.toString();
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    /** Compiled once per word: every check of every variant reads the whole lexicon. */
    private static final Map<String, Pattern> LEXICON_PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Pattern lexicon(StyleRules.LexiconRule rule) {
        return LEXICON_PATTERNS.computeIfAbsent(rule.forbidden(), forbidden ->
                Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(forbidden) + "(s?)(?![\\p{L}\\p{N}])"));
    }

    private static String fixLexicon(String text, StyleRules rules) {
        String result = text;
        for (StyleRules.LexiconRule rule : rules.lexicon()) {
            Matcher matcher = lexicon(rule).matcher(result);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String found = matcher.group();
                String replacement = rule.replacement() == null ? "" : rule.replacement();
                if (!replacement.isEmpty()) {
                    replacement = sameCase(found, replacement) + matcher.group(1);
                }
                matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            matcher.appendTail(out);
            result = out.toString().replaceAll(" {2,}", " ").replaceAll(" ([,.])", "$1");
        }
        return result;
    }

    private static String sameCase(String model, String word) {
        if (!model.isEmpty() && Character.isUpperCase(model.charAt(0))) {
            return word.substring(0, 1).toUpperCase(Locale.FRENCH) + word.substring(1);
        }
        return word;
    }

    /** Tu → vous with its possessives, and the verb right after "tu" in the common cases. */
    static String vouvoyer(String text) {
        Matcher matcher = TU_WITH_VERB.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String word = matcher.group(1);
            String replacement;
            if (word == null) {
                replacement = "vous ";
            } else {
                String lower = word.toLowerCase(Locale.FRENCH);
                String pronoun = switch (lower) {
                    case "ton", "ta" -> "votre";
                    case "tes" -> "vos";
                    default -> "vous";
                };
                String verb = matcher.group(3);
                String next = "";
                if (verb != null) {
                    next = " " + (lower.equals("tu") ? conjugate(verb) : verb);
                }
                replacement = sameCase(word, pronoun) + next;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String conjugate(String verb) {
        String lower = verb.toLowerCase(Locale.FRENCH);
        if (TU_TO_VOUS_VERBS.containsKey(lower)) {
            return TU_TO_VOUS_VERBS.get(lower);
        }
        if (lower.endsWith("ras")) {
            return verb.substring(0, verb.length() - 3) + "rez";
        }
        if (lower.endsWith("es")) {
            return verb.substring(0, verb.length() - 2) + "ez";
        }
        return verb;
    }

    /** The text with placeholders, web addresses and clock times blanked out, at the same positions. */
    static String masked(String text) {
        Matcher matcher = PROTECTED.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                out.setCharAt(i, 'x');
            }
        }
        return out.toString();
    }

    private static String excerpt(String text, int at) {
        int start = Math.max(0, at - 12);
        int end = Math.min(text.length(), at + 2);
        return (start > 0 ? "…" : "") + text.substring(start, end).replace('\n', ' ');
    }
}
