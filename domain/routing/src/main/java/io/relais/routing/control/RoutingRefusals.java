package io.relais.routing.control;

import io.relais.shared.Reason;
import io.relais.shared.Refusal;

/**
 * Routing's refusals (staff and tokens too, for now): a key of {@code io/relais/routing/refusals.properties}
 * (French; English in {@code refusals_en}, the API's words) with its arguments; an argument may be
 * a reason itself ("the calendar « X »: …") or a day of the week, said in the same language.
 */
public final class RoutingRefusals {

    private static final String BUNDLE = "io.relais.routing.refusals";

    private RoutingRefusals() {
    }

    public static Reason reason(String key, Object... arguments) {
        return Reason.of(BUNDLE, RoutingRefusals.class.getClassLoader(), key, arguments);
    }

    /** A request wrong in itself. */
    public static Refusal refusal(Reason reason) {
        return refusal(reason, false);
    }

    /** @param conflict the request clashes with the records' state (someone was faster, no room, a rule overlaps) */
    public static Refusal refusal(Reason reason, boolean conflict) {
        return new Refusal(conflict ? Refusal.Kind.CONFLICT : Refusal.Kind.INVALID, reason);
    }

    /** No calendar, commitment or agent with the id asked for. */
    public static Refusal notFound(String key, Object... arguments) {
        return new Refusal(Refusal.Kind.NOT_FOUND, reason(key, arguments));
    }
}
