package io.relais.timeline.entity;

import io.relais.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "tl_customer")
public class Customer {

    @Id
    private UUID id;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    /** The name without case or accents, for search: "Léa Moreau" is found by "lea moreau". */
    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(name = "preferred_language", nullable = false, length = 8)
    private String preferredLanguage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Customer() {
    }

    public Customer(String displayName, String preferredLanguage, Instant createdAt) {
        this.id = Ids.newId();
        this.displayName = displayName;
        this.nameKey = SearchKeys.of(displayName);
        this.preferredLanguage = preferredLanguage;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
