package io.relais.staff.boundary;

import io.relais.shared.Role;

import java.util.Set;

public record NewStaffMember(String username, String displayName, String email, String password, Set<Role> roles) {
}
