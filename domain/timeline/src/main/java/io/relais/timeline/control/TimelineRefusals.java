package io.relais.timeline.control;

import io.relais.shared.Reason;
import io.relais.shared.Refusal;

import java.util.Map;
import java.util.UUID;

/**
 * The timeline's refusals: a key of {@code io/relais/timeline/refusals.properties} (French; English
 * in {@code refusals_en}, the API's words) with its arguments, and the kind that says what sort of
 * refusal it is.
 */
public final class TimelineRefusals {

    private static final String BUNDLE = "io.relais.timeline.refusals";

    private TimelineRefusals() {
    }

    /** A request that breaks a rule of its own: an interaction, a profile, an identity as given. */
    public static Refusal invalid(String key, Object... arguments) {
        return new Refusal(Refusal.Kind.INVALID, reason(key, arguments));
    }

    /** A customer, conversation or interaction that does not exist. */
    public static Refusal notFound(String key, Object... arguments) {
        return new Refusal(Refusal.Kind.NOT_FOUND, reason(key, arguments));
    }

    /** A merge, unmerge or move the records' state does not allow, with the reason a supervisor can act on. */
    public static Refusal conflict(String key, Object... arguments) {
        return new Refusal(Refusal.Kind.CONFLICT, reason(key, arguments));
    }

    /** A customer erased at his request (RGPD): nothing more can be recorded or changed for him. */
    public static Refusal gone(String key, Object... arguments) {
        return new Refusal(Refusal.Kind.GONE, reason(key, arguments));
    }

    /** An identity another customer holds: the two may be one person, a case for a merge ({@code holderId}). */
    public static Refusal identityTaken(Object kind, String value, UUID holderId) {
        return new Refusal(Refusal.Kind.CONFLICT, reason("IDENTITY_TAKEN", kind, value, holderId),
                Map.of("holderId", holderId.toString()));
    }

    private static Reason reason(String key, Object... arguments) {
        return Reason.of(BUNDLE, TimelineRefusals.class.getClassLoader(), key, arguments);
    }
}
