package io.relais.timeline.boundary;

/** An agent's promise to a customer ("rappel demain 10 h"): pending until someone says it was kept or broken. */
public enum PromiseState {
    PENDING,
    KEPT,
    BROKEN
}
