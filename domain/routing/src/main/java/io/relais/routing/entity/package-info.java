/**
 * Staff members (agents, supervisors, admins) with their roles and API tokens; calendars, service
 * commitments and the clocks they set on conversations. Tables are prefixed {@code rt_}.
 * Passwords and tokens are stored only as hashes. Clocks keep their deadlines as instants, so any
 * node's sweep finds what fell due; conversations and customers are referenced by id only.
 */
package io.relais.routing.entity;
