package io.relais.responses.boundary;

/** How a brand addresses its customers: "vous" or "tu". */
public enum AddressForm {
    VOUS,
    TU
}
