/**
 * Staff members (agents, supervisors, admins) with their roles and API tokens; queues, skills,
 * presence and service commitments join them here. Tables are prefixed {@code rt_}.
 * Passwords and tokens are stored only as hashes.
 */
package io.relais.routing.entity;
