package io.relais.staff.boundary;

import io.relais.shared.Role;

import java.util.Set;
import java.util.UUID;

public record StaffView(UUID id, String username, String displayName, String email, boolean active, Set<Role> roles) {
}
