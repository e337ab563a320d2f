package io.relais.channels.email;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a header Jakarta Mail refuses still says: the transfer encoding a sender meant, a file name
 * in a Content-Disposition or Content-Type whose parameters do not parse.
 */
final class BrokenHeaders {

    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)(?:^|;)\\s*(?:file)?name\\*?\\s*=\\s*(?:\"([^\"]*)\"|\"([^\";]*)|([^;\\s]+))");

    private BrokenHeaders() {
    }

    /**
     * The transfer encoding Jakarta Mail should decode with, or null for none (the bytes as they
     * are): {@code 7-bit}, {@code 8bits}, {@code plain} and other spellings of "not encoded" are
     * none; anything naming quoted-printable, base64 or uuencode is that.
     */
    static String transferEncodingMeant(String header) {
        if (header == null) {
            return null;
        }
        String word = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\"']", "");
        if (word.contains("quoted") || word.equals("qp")) {
            return "quoted-printable";
        }
        if (word.contains("base64") || word.contains("base-64")) {
            return "base64";
        }
        if (word.contains("uue") || word.contains("uuencode")) {
            return "uuencode";
        }
        return null;
    }

    /** The first {@code filename=} or {@code name=} value of a header, or null. */
    static String fileNameIn(String header) {
        if (header == null) {
            return null;
        }
        Matcher name = FILE_NAME.matcher(header);
        if (!name.find()) {
            return null;
        }
        // a quoted name, a quoted name whose closing quote never comes (up to the next parameter), a bare one
        String value = name.group(1) != null ? name.group(1) : name.group(2) != null ? name.group(2) : name.group(3);
        return value.isBlank() ? null : value.strip();
    }
}
