package io.relais.responses.boundary;

/** The priority a conversation gets by default from its motif. */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
