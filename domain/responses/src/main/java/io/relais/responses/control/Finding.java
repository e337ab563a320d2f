package io.relais.responses.control;

import io.relais.responses.boundary.OneClickFix;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One thing a check found in a variant, said in words its author understands (in French or
 * English, from {@code io/relais/responses/findings.properties}).
 *
 * @param field the variant's part it is about (body, subject, greeting, closing, signature…)
 * @param fix   the one-click correction that removes it, or null
 */
public record Finding(Code code, Severity severity, String field, OneClickFix fix, List<String> arguments) {

    /** What a finding stops: saving at all, or only approval; advice stops nothing. */
    public enum Severity { REFUSED, BLOCKS_APPROVAL, ADVICE }

    /** One-click corrections. */
    public enum Code {
        TEMPLATE_SYNTAX, TEMPLATE_NOT_ALLOWED, UNKNOWN_PLACEHOLDER,
        EMPTY_BODY,
        SMS_TOO_LONG, SMS_UCS2,
        POST_TOO_LONG, PUBLIC_PERSONAL_DATA,
        CHAT_TOO_LONG, CHAT_TOO_MANY_SENTENCES,
        PRIVATE_TOO_LONG,
        EMAIL_NO_SUBJECT, EMAIL_SUBJECT_TOO_LONG, EMAIL_NO_GREETING, EMAIL_NO_CLOSING, EMAIL_NO_SIGNATURE,
        LETTER_NO_GREETING, LETTER_NO_FORMAL_CLOSING,
        WHATSAPP_TEMPLATE_NAME, WHATSAPP_TOO_LONG, WHATSAPP_PARAMETERS,
        FACT_MISSING, FACT_CONTRADICTED, FACT_NOT_IN_ANSWER, FACT_MALFORMED, FACT_NAME,
        LEXICON, LEXICON_REMOVE, TONE_TU, TONE_VOUS, TYPOGRAPHY_SPACE, TYPOGRAPHY_QUOTES,
        MISSING_VALUE
    }

    /** An argument that names a word of the bundle ("@kind.AMOUNT") rather than a value. */
    public static final String WORD = "@";

    public Finding {
        arguments = List.copyOf(arguments);
    }

    public static Finding of(Code code, Severity severity, String field, Object... arguments) {
        return new Finding(code, severity, field, null, strings(arguments));
    }

    public static Finding fixable(Code code, Severity severity, String field, OneClickFix fix, Object... arguments) {
        return new Finding(code, severity, field, fix, strings(arguments));
    }

    private static List<String> strings(Object[] arguments) {
        return java.util.Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public String message(Locale locale) {
        var bundle = ResourceBundle.getBundle("io.relais.responses.findings", locale,
                Finding.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        var format = new MessageFormat(bundle.getString(code.name()), locale);
        return format.format(arguments.stream()
                .map(argument -> argument.startsWith(WORD) ? bundle.getString(argument.substring(1)) : argument)
                .toArray());
    }

    public boolean refused() {
        return severity == Severity.REFUSED;
    }

    public boolean blocksApproval() {
        return severity != Severity.ADVICE;
    }
}
