package io.relais.channels.control;

import io.relais.shared.Reason;
import io.relais.shared.Refusal;

import java.util.Map;

/**
 * The channels' refusals: a key of {@code io/relais/channels/refusals.properties} (French; English
 * in {@code refusals_en}, the API's, the providers' and the logs' words) with its arguments.
 */
public final class ChannelRefusals {

    private static final String BUNDLE = "io.relais.channels.refusals";
    /** What a provider is asked to wait before sending again when the inbound queue is full. */
    public static final int QUEUE_FULL_RETRY_SECONDS = 30;

    private ChannelRefusals() {
    }

    /** A message, a setting or a frame that breaks a rule of its own. */
    public static Refusal invalid(String key, Object... arguments) {
        return new Refusal(Refusal.Kind.INVALID, reason(key, arguments));
    }

    /** A request the state of things does not allow now (a chat someone else answers, no address to reply to). */
    public static Refusal conflict(String key, Object... arguments) {
        return new Refusal(Refusal.Kind.CONFLICT, reason(key, arguments));
    }

    /** A request well formed that cannot be carried out as it is (a message that still cannot be read). */
    public static Refusal unprocessable(String key, Object... arguments) {
        return new Refusal(Refusal.Kind.UNPROCESSABLE, reason(key, arguments));
    }

    public static Refusal notFound(String key, Object... arguments) {
        return new Refusal(Refusal.Kind.NOT_FOUND, reason(key, arguments));
    }

    /** A webhook call whose signature cannot be trusted: nothing of it is read. */
    public static Refusal unsigned(String key, Object... arguments) {
        return new Refusal(Refusal.Kind.UNAUTHENTICATED, reason(key, arguments));
    }

    /** Relais cannot take it now; the same call may succeed later. */
    public static Refusal unavailable(String key, Object... arguments) {
        return new Refusal(Refusal.Kind.UNAVAILABLE, reason(key, arguments));
    }

    /** The inbound queue holds as many messages as it may: nothing was queued, send again later. */
    public static Refusal queueFull() {
        return new Refusal(Refusal.Kind.UNAVAILABLE, reason("queue.full"),
                Map.of("retryAfterSeconds", QUEUE_FULL_RETRY_SECONDS));
    }

    private static Reason reason(String key, Object... arguments) {
        return Reason.of(BUNDLE, ChannelRefusals.class.getClassLoader(), key, arguments);
    }
}
