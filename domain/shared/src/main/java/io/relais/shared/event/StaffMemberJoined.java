package io.relais.shared.event;

import io.relais.shared.Role;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A staff account was created, inside the transaction that created it: routing gives an agent his
 * place (presence, load, profile) in the same transaction, so an account is never half made.
 */
public record StaffMemberJoined(UUID staffId, Set<Role> roles, Instant at) {
}
