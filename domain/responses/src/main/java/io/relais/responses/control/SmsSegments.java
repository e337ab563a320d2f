package io.relais.responses.control;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How many SMS a text costs. GSM 03.38 7-bit when every character is in its basic set or its
 * extension table (an extension character takes two septets); otherwise UCS-2 for the whole
 * message, in UTF-16 units. One segment holds 160 septets or 70 units; a concatenated message
 * loses room to its header: 153 septets or 67 units per segment, and neither an escaped GSM
 * character nor a surrogate pair is ever cut between two segments.
 */
public final class SmsSegments {

    public enum Encoding { GSM_7, UCS_2 }

    /** What a text costs: its encoding, its length in that encoding, the segments it takes. */
    public record Count(Encoding encoding, int length, int segments, int remainingInLastSegment,
                        Set<String> charactersOutsideGsm) {

        public int perSegment() {
            if (segments <= 1) {
                return encoding == Encoding.GSM_7 ? 160 : 70;
            }
            return encoding == Encoding.GSM_7 ? 153 : 67;
        }
    }

    static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    static final String EXTENSION = "\f^{}\\[~]|€";

    private SmsSegments() {
    }

    public static boolean isGsm(int codePoint) {
        return codePoint != 0x1B && (BASIC.indexOf(codePoint) >= 0 || EXTENSION.indexOf(codePoint) >= 0);
    }

    public static Count count(String text) {
        Set<String> outside = new LinkedHashSet<>();
        text.codePoints().filter(c -> !isGsm(c)).forEach(c -> outside.add(Character.toString(c)));
        if (outside.isEmpty()) {
            return gsm(text);
        }
        return ucs2(text, outside);
    }

    private static Count gsm(String text) {
        int[] widths = text.codePoints().map(c -> EXTENSION.indexOf(c) >= 0 ? 2 : 1).toArray();
        return split(widths, 160, 153, Encoding.GSM_7, Set.of());
    }

    private static Count ucs2(String text, Set<String> outside) {
        int[] widths = text.codePoints().map(Character::charCount).toArray();
        return split(widths, 70, 67, Encoding.UCS_2, outside);
    }

    private static Count split(int[] widths, int single, int multi, Encoding encoding, Set<String> outside) {
        int length = 0;
        for (int width : widths) {
            length += width;
        }
        if (length <= single) {
            return new Count(encoding, length, length == 0 ? 0 : 1, single - length, outside);
        }
        int segments = 1;
        int used = 0;
        for (int width : widths) {
            if (used + width > multi) {
                segments++;
                used = 0;
            }
            used += width;
        }
        return new Count(encoding, length, segments, multi - used, outside);
    }
}
