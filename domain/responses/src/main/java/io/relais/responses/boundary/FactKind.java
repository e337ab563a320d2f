package io.relais.responses.boundary;

/** What a key fact is, which says how to find it, or a contradiction of it, in a text. */
public enum FactKind {
    AMOUNT,
    DELAY,
    DATE,
    URL,
    PHONE,
    STEPS,
    TEXT
}
