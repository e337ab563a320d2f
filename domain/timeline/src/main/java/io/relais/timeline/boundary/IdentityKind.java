package io.relais.timeline.boundary;

/** The kinds of identifier a customer can be recognised by. */
public enum IdentityKind {
    EMAIL,
    PHONE,
    MESSENGER,
    INSTAGRAM,
    WHATSAPP,
    X,
    WEBCHAT_VISITOR,
    CUSTOMER_NUMBER
}
