package io.relais.staff.control;

import io.relais.shared.Reason;
import io.relais.shared.Refusal;

/**
 * The staff module's refusals: a key of {@code io/relais/staff/refusals.properties} (French; English
 * in {@code refusals_en}, the API's words) with its arguments.
 */
public final class StaffRefusals {

    private static final String BUNDLE = "io.relais.staff.refusals";

    private StaffRefusals() {
    }

    public static Reason reason(String key, Object... arguments) {
        return Reason.of(BUNDLE, StaffRefusals.class.getClassLoader(), key, arguments);
    }

    /** A request wrong in itself. */
    public static Refusal invalid(String key, Object... arguments) {
        return new Refusal(Refusal.Kind.INVALID, reason(key, arguments));
    }

    /** The username is taken: the request clashes with the accounts as they are. */
    public static Refusal conflict(String key, Object... arguments) {
        return new Refusal(Refusal.Kind.CONFLICT, reason(key, arguments));
    }
}
