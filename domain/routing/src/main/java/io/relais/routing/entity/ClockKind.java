package io.relais.routing.entity;

/** What a clock measures: the first answer, each later answer, the whole conversation, or an agent's promise. */
public enum ClockKind {
    FIRST_RESPONSE,
    NEXT_RESPONSE,
    RESOLUTION,
    PROMISE;

    public boolean isResponse() {
        return this == FIRST_RESPONSE || this == NEXT_RESPONSE;
    }
}
