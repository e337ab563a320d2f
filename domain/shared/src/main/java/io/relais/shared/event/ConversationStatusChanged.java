package io.relais.shared.event;

import java.time.Instant;
import java.util.UUID;

/**
 * A conversation moved between the stages that matter to its clocks: someone on our side has to
 * act, the customer has to act (clocks pause), or it is over (clocks stop).
 */
public record ConversationStatusChanged(UUID conversationId, UUID customerId, Stage stage, Instant at) {

    public enum Stage {
        WAITING_FOR_US,
        WAITING_FOR_CUSTOMER,
        FINISHED
    }
}
