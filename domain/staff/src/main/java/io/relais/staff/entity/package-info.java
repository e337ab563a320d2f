/**
 * Staff members with their roles, and the API tokens issued to them. Tables are prefixed
 * {@code st_}. Passwords and tokens are stored only as hashes; other modules keep a staff member's
 * id, never a reference to these rows.
 */
package io.relais.staff.entity;
