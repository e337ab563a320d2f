/**
 * The arithmetic of service commitments. Business time is
 * counted on local wall-clock opening hours in the calendar's zone, minus computed French public
 * holidays; the most specific commitment wins, and sets of rules that leave that open are refused.
 * {@link io.relais.routing.control.AgentRoster} is the dispatcher's memory of the agents between
 * rounds: a hint for choosing, kept up to date as each copy changes, never the judge of capacity.
 * {@link io.relais.routing.control.WaitingLines} is its memory of the head of each channel's waiting
 * line: exact while nothing joins a line or moves up in it and nobody new becomes available, so a
 * place freed is filled without reading the line; the locked read (or, for a place freed, the
 * writes made only if the agent's row is as read and the conversation still waits) still judges
 * each choice.
 * {@link io.relais.routing.control.RoutingRefusals} makes routing's refusals (the shared
 * {@code Refusal}), said in French on the pages and in English for the API, from
 * {@code io/relais/routing/refusals.properties} and its {@code _en} twin.
 * {@link io.relais.routing.control.StaffTablesHandedOver} is the migration by which routing let go of
 * the staff tables it used to keep.
 */
package io.relais.routing.control;
