package io.relais.staff.boundary;

import java.time.Instant;
import java.util.UUID;

/** What admins see of a token: never the token itself. */
public record ApiTokenView(UUID id, UUID staffId, String username, String label, Instant createdAt, String createdBy,
                           Instant lastUsedAt, Instant revokedAt) {
}
