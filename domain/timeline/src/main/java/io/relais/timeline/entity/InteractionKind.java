package io.relais.timeline.entity;

import io.relais.shared.Channel;

public enum InteractionKind {
    MESSAGE,
    CALL,
    LETTER,
    NOTE;

    /** What a customer's contact on that channel is, unless said otherwise. */
    public static InteractionKind typicalFor(Channel channel) {
        return switch (channel) {
            case PHONE -> CALL;
            case LETTER -> LETTER;
            default -> MESSAGE;
        };
    }
}
