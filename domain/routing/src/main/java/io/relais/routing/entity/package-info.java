/**
 * Calendars, service commitments and the clocks they set on conversations; agents, queues and each
 * conversation's place in them. Tables are prefixed {@code rt_}. Clocks keep their deadlines as
 * instants, so any node's sweep finds what fell due; conversations, customers and staff members are
 * referenced by id only.
 */
package io.relais.routing.entity;
