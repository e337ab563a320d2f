package io.relais.timeline.control;

import io.relais.shared.PhoneNumbers;
import io.relais.timeline.boundary.InvalidIdentityException;
import io.relais.timeline.entity.IdentityKind;

import java.util.Locale;

/**
 * Brings an identity to the one form under which it is stored and matched: emails trimmed
 * and lower-cased, phone numbers (and WhatsApp numbers) in E.164, France by default.
 */
public final class IdentityNormaliser {

    private IdentityNormaliser() {
    }

    /** @throws InvalidIdentityException when the value cannot be an identity of that kind */
    public static String normalise(IdentityKind kind, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidIdentityException(kind + " identity is empty");
        }
        String value = raw.strip();
        return switch (kind) {
            case EMAIL -> email(value);
            case PHONE, WHATSAPP -> phone(value);
            // Customer numbers are read aloud and retyped: case carries no meaning in them.
            case CUSTOMER_NUMBER -> value.toUpperCase(Locale.ROOT);
            default -> value;
        };
    }

    private static String email(String value) {
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@') || at == value.length() - 1 || value.contains(" ")) {
            throw new InvalidIdentityException("not an email address: " + value);
        }
        return value.toLowerCase(Locale.ROOT);
    }

    private static String phone(String value) {
        try {
            return PhoneNumbers.toE164(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidIdentityException(e.getMessage());
        }
    }
}
