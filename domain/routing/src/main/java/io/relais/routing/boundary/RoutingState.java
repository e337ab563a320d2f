package io.relais.routing.boundary;

/** A conversation in routing: in a queue, with an agent, or parked (waiting for the customer, or over). */
public enum RoutingState {
    WAITING,
    ASSIGNED,
    PARKED
}
