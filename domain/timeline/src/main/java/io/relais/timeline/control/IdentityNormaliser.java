package io.relais.timeline.control;

import io.relais.shared.PhoneNumbers;
import io.relais.shared.Refusal;
import io.relais.timeline.boundary.IdentityKind;

import java.util.Locale;

/**
 * Brings an identity to the one form under which it is stored and matched: emails trimmed
 * and lower-cased, phone numbers (and WhatsApp numbers) in E.164, France by default.
 */
public final class IdentityNormaliser {

    /** The longest identity kept (an email address's limit, RFC 5321). */
    public static final int MAX_LENGTH = 320;

    /** An identity as stored: {@code valid} is false when the value could not be read and is kept as it came. */
    public record Normalised(String value, boolean valid, PhoneNumbers.Line line) {
    }

    private IdentityNormaliser() {
    }

    /** @throws Refusal (invalid) when the value cannot be an identity of that kind */
    public static String normalise(IdentityKind kind, String raw) {
        if (raw == null || raw.isBlank()) {
            throw TimelineRefusals.invalid("IDENTITY_EMPTY", kind);
        }
        checkLength(raw);
        String value = raw.strip();
        return switch (kind) {
            case EMAIL -> email(value);
            case PHONE, WHATSAPP -> phone(value);
            // Customer numbers are read aloud and retyped: case carries no meaning in them.
            case CUSTOMER_NUMBER -> value.toUpperCase(Locale.ROOT);
            default -> value;
        };
    }

    /**
     * Reads an identity a channel brought in, which must never stop its message from being
     * recorded: a value that cannot be normalised is kept stripped and flagged invalid.
     *
     * @throws Refusal (invalid) only when there is no value at all, or one too long to keep
     */
    public static Normalised read(IdentityKind kind, String raw) {
        if (raw == null || raw.isBlank()) {
            throw TimelineRefusals.invalid("IDENTITY_EMPTY", kind);
        }
        checkLength(raw);
        try {
            String value = normalise(kind, raw);
            boolean phone = kind == IdentityKind.PHONE || kind == IdentityKind.WHATSAPP;
            return new Normalised(value, true, phone ? PhoneNumbers.lineOf(value) : null);
        } catch (Refusal e) {
            return new Normalised(raw.strip(), false, null);
        }
    }

    private static void checkLength(String raw) {
        if (raw.strip().length() > MAX_LENGTH) {
            throw TimelineRefusals.invalid("IDENTITY_LENGTH", MAX_LENGTH);
        }
    }

    private static String email(String value) {
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@') || at == value.length() - 1 || value.contains(" ")) {
            throw TimelineRefusals.invalid("NOT_AN_EMAIL", value);
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static String phone(String value) {
        try {
            return PhoneNumbers.toE164(value);
        } catch (IllegalArgumentException e) {
            throw TimelineRefusals.invalid("NOT_A_PHONE", value);
        }
    }
}
