package io.relais.responses.control;

import java.text.Normalizer;

/**
 * Rewrites an SMS into the GSM alphabet, so it costs 160 characters a segment rather than 70:
 * typographic marks become their plain forms, accents outside GSM lose their accent
 * ("ç" → "c", "ê" → "e"), and accents inside it (é, è, à, ù…) are kept.
 */
public final class GsmTransliteration {

    private GsmTransliteration() {
    }

    public static String apply(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String quoted = text.replaceAll("«[\\u00a0\\u202f ]?", "\"").replaceAll("[\\u00a0\\u202f ]?»", "\"");
        quoted.codePoints().forEach(c -> out.append(SmsSegments.isGsm(c) ? Character.toString(c) : plain(c)));
        return out.toString();
    }

    private static String plain(int c) {
        switch (c) {
            case '\u00a0', '\u202f', '\u2009', '\u2007' -> {
                return " ";
            }
            case '’', '‘', '′' -> {
                return "'";
            }
            case '«', '»', '“', '”', '„' -> {
                return "\"";
            }
            case '–', '—' -> {
                return "-";
            }
            case '…' -> {
                return "...";
            }
            case 'œ' -> {
                return "oe";
            }
            case 'Œ' -> {
                return "OE";
            }
            default -> {
                String decomposed = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "");
                return decomposed.codePoints().allMatch(SmsSegments::isGsm) ? decomposed : "?";
            }
        }
    }
}
