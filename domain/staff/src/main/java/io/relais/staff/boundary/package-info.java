/**
 * The staff module's public face: who works in Relais and how they prove it.
 * {@link io.relais.staff.boundary.StaffDirectory} holds staff accounts (agents, supervisors,
 * administrators), their roles and their API tokens; it is the source of truth for sign-in (the web
 * module's identity store asks it to verify passwords and tokens) and tells other modules who a
 * staff id is. A new account is announced with the shared kernel's {@code StaffMemberJoined}, in the
 * transaction that creates it, so routing gives an agent his place at once. The module knows nothing
 * of queues, conversations or customers: it stands beside the timeline on the domain's lowest floor.
 */
package io.relais.staff.boundary;
