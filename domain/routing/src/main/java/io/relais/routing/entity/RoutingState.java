package io.relais.routing.entity;

/** A conversation in routing: in a queue, with an agent, or parked (waiting for the customer, or over). */
public enum RoutingState {
    WAITING,
    ASSIGNED,
    PARKED
}
