package io.relais.staff.boundary;

import java.util.Set;
import java.util.UUID;

/** Who signed in, and the role names they hold. */
public record StaffCredentials(UUID staffId, String username, String displayName, Set<String> roles) {
}
