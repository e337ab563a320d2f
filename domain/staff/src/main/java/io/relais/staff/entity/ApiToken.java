package io.relais.staff.entity;

import io.relais.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A personal bearer token an admin issued to a staff member for an integration. Only its hash
 * is kept; the token itself is shown once, when issued.
 */
@Entity
@Table(name = "st_api_token")
public class ApiToken {

    public static final int LABEL_LENGTH = 200;

    /** Recording every use would turn each API read into a write. */
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(5);

    @Id
    private UUID id;

    @Column(name = "staff_id", nullable = false)
    private UUID staffId;

    @Column(nullable = false, length = LABEL_LENGTH)
    private String label;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    public ApiToken(UUID staffId, String label, String tokenHash, String createdBy, Instant createdAt) {
        this.id = Ids.newId();
        this.staffId = staffId;
        this.label = label;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public void noteUse(Instant at) {
        if (lastUsedAt == null || lastUsedAt.plus(LAST_USE_PRECISION).isBefore(at)) {
            lastUsedAt = at;
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getStaffId() {
        return staffId;
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
