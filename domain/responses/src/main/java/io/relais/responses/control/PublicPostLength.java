package io.relais.responses.control;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A post's length as X counts it: characters after NFC normalisation, each web address counting
 * 23 whatever its real length (X shortens every link to t.co).
 */
public final class PublicPostLength {

    public static final int MAXIMUM = 280;
    static final int URL_WEIGHT = 23;
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://[^\\s\\u00a0\\u202f«»<>\"]+|\\bwww\\.[^\\s\\u00a0\\u202f«»<>\"]+");

    private PublicPostLength() {
    }

    public static int of(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        var matcher = URL.matcher(normalised);
        int length = 0;
        int last = 0;
        while (matcher.find()) {
            String url = trimTrailingPunctuation(matcher.group());
            length += normalised.codePointCount(last, matcher.start()) + URL_WEIGHT;
            last = matcher.start() + url.length();
        }
        return length + normalised.codePointCount(last, normalised.length());
    }

    /** A full stop or a comma after a link ends the sentence, not the link. */
    static String trimTrailingPunctuation(String url) {
        int end = url.length();
        while (end > 0 && ".,;:!?)".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }
}
