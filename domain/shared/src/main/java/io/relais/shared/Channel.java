package io.relais.shared;

/**
 * The ways a customer reaches the company. The order is the one agents see in filters.
 */
public enum Channel {
    EMAIL,
    CHAT,
    SMS,
    MESSENGER,
    INSTAGRAM,
    WHATSAPP,
    X,
    PHONE,
    LETTER,
    FAQ;

    /** Public channels are seen by everyone: answers there are short and never personal. */
    public boolean isSocial() {
        return this == MESSENGER || this == INSTAGRAM || this == WHATSAPP || this == X;
    }

    /** Synchronous channels expect an answer while the customer waits. */
    public boolean isLive() {
        return this == CHAT || this == PHONE;
    }
}
