package io.relais.timeline.control;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.relais.timeline.entity.IdentityKind;

import java.util.Locale;

/**
 * Brings an identity to the one form under which it is stored and matched: emails trimmed
 * and lower-cased, phone numbers (and WhatsApp numbers) in E.164 with France as default region.
 */
public final class IdentityNormaliser {

    private static final String DEFAULT_REGION = "FR";

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
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            PhoneNumber number = util.parse(value, DEFAULT_REGION);
            if (!util.isValidNumber(number)) {
                throw new InvalidIdentityException("not a valid phone number: " + value);
            }
            return util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new InvalidIdentityException("not a phone number: " + value);
        }
    }
}
