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
}
