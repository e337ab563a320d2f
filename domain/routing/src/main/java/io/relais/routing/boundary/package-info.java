/**
 * Routing's public face. Agents are staff members of the staff module, known here by their id: a
 * new agent gets his routing row when the staff module announces him, and names come from its
 * directory.
 * {@link io.relais.routing.boundary.ServiceCommitments} holds calendars and commitments;
 * {@link io.relais.routing.boundary.ServiceClocks} keeps each conversation's clocks in step with the
 * timeline by observing its events inside the recording transaction, and
 * {@link io.relais.routing.boundary.ClockSweep} fires what fell due, also after a restart.
 * {@link io.relais.routing.boundary.QueueIntake} hears the timeline (a customer wrote, a clock moved,
 * a conversation waits for the customer); {@link io.relais.routing.boundary.AgentPresence} keeps the
 * agents' presence and profiles, {@link io.relais.routing.boundary.QueueAdministration} the queues,
 * {@link io.relais.routing.boundary.ManualAssignments} what people assign by hand.
 * {@link io.relais.routing.boundary.RoutingDispatcher} runs the assignment decisions through
 * {@link io.relais.routing.boundary.AssignmentRounds} (JPA, the container's transaction); a place freed by
 * one agent, the lone decision, goes through {@link io.relais.routing.boundary.FreedPlaces} instead,
 * through JDBC, since that decision is little more than a transaction's round trips: the agent's row
 * read, then the writes made only if it has not changed since, one statement on PostgreSQL (its
 * writing {@code WITH} queries), a local transaction elsewhere. It writes the same rows by the same
 * rules (agent locked first, capacity judged on his row as it is, versions moved on), so both paths
 * can run side by side.
 */
package io.relais.routing.boundary;
