package io.relais.timeline.boundary;

import io.relais.shared.Channel;

public enum InteractionKind {
    MESSAGE,
    CALL,
    LETTER,
    /** Written by staff for staff; the customer never sees it. */
    NOTE,
    /** Something an agent promised the customer, with a due time. */
    PROMISE,
    /** The customer's answer to a satisfaction survey. */
    SURVEY_ANSWER,
    /** A page of the FAQ the customer read. */
    FAQ_VIEW;

    /** Whether, sent by an agent, it answers the customer (and so stops a response clock). */
    public boolean isReply() {
        return this == MESSAGE || this == CALL || this == LETTER;
    }

    /** What a customer's contact on that channel is, unless said otherwise. */
    public static InteractionKind typicalFor(Channel channel) {
        return switch (channel) {
            case PHONE -> CALL;
            case LETTER -> LETTER;
            case FAQ -> FAQ_VIEW;
            default -> MESSAGE;
        };
    }
}
