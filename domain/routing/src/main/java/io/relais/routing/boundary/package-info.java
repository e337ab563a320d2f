/**
 * Routing's public face. {@link io.relais.routing.boundary.StaffDirectory} is also the source of
 * truth for sign-in: the web module's identity store asks it to verify passwords and tokens.
 * {@link io.relais.routing.boundary.ServiceCommitments} holds calendars and commitments;
 * {@link io.relais.routing.boundary.ServiceClocks} keeps each conversation's clocks in step with the
 * timeline by observing its events inside the recording transaction, and
 * {@link io.relais.routing.boundary.ClockSweep} fires what fell due, also after a restart.
 * {@link io.relais.routing.boundary.RoutingDispatcher} runs the assignment decisions through
 * {@link io.relais.routing.boundary.Assignments} (JPA, the container's transaction); a place freed by
 * one agent, the lone decision, goes through {@link io.relais.routing.boundary.FreedPlaces} instead:
 * three statements on one connection in a local transaction, since that decision is little more than
 * a transaction's fixed costs. It writes the same rows by the same rules (agent locked first,
 * versions moved on), so both paths can run side by side.
 */
package io.relais.routing.boundary;
