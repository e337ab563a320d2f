package io.relais.shared;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers in the one form Relais stores and matches them: E.164, read with libphonenumber,
 * France as the region of numbers typed without a country code.
 */
public final class PhoneNumbers {

    public static final String DEFAULT_REGION = "FR";

    private PhoneNumbers() {
    }

    /** Whether a number reaches a mobile (which can also take SMS and WhatsApp) or a fixed line. */
    public enum Line {
        MOBILE,
        FIXED_LINE,
        OTHER
    }

    /** @param e164 a number as {@link #toE164} gives it */
    public static Line lineOf(String e164) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            return switch (util.getNumberType(util.parse(e164, DEFAULT_REGION))) {
                case MOBILE -> Line.MOBILE;
                case FIXED_LINE -> Line.FIXED_LINE;
                default -> Line.OTHER;
            };
        } catch (NumberParseException e) {
            return Line.OTHER;
        }
    }

    /** @throws IllegalArgumentException with a reason a person can read */
    public static String toE164(String typed) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            PhoneNumber number = util.parse(typed, DEFAULT_REGION);
            if (!util.isValidNumber(number)) {
                throw new IllegalArgumentException("not a valid phone number: " + typed);
            }
            return util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("not a phone number: " + typed);
        }
    }
}
