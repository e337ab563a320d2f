/**
 * Routing's public face. {@link io.relais.routing.boundary.StaffDirectory} is also the source of
 * truth for sign-in: the web module's identity store asks it to verify passwords and tokens.
 * {@link io.relais.routing.boundary.ServiceCommitments} holds calendars and commitments;
 * {@link io.relais.routing.boundary.ServiceClocks} keeps each conversation's clocks in step with the
 * timeline by observing its events inside the recording transaction, and
 * {@link io.relais.routing.boundary.ClockSweep} fires what fell due, also after a restart.
 */
package io.relais.routing.boundary;
