package io.relais.responses.entity;

/** How a brand addresses its customers: "vous" or "tu". */
public enum AddressForm {
    VOUS,
    TU
}
