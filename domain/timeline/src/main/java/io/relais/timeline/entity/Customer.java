package io.relais.timeline.entity;

import io.relais.shared.Ids;
import io.relais.timeline.boundary.AgeBand;
import io.relais.timeline.boundary.CustomerType;
import io.relais.timeline.boundary.ValueTier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "tl_customer")
public class Customer {

    public static final int NAME_LENGTH = 200;

    @Id
    private UUID id;

    @Column(name = "display_name", nullable = false, length = NAME_LENGTH)
    private String displayName;

    /** The name without case or accents, for search: "Léa Moreau" is found by "lea moreau". */
    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(name = "preferred_language", nullable = false, length = 8)
    private String preferredLanguage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_type", length = 16)
    private CustomerType customerType;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", length = 16)
    private AgeBand ageBand;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_tier", length = 16)
    private ValueTier valueTier;

    @Column(length = 64)
    private String region;

    /** The customer this one was merged into; null while he stands on his own. */
    @Column(name = "merged_into")
    private UUID mergedInto;

    @Column(name = "erased_at")
    private Instant erasedAt;

    protected Customer() {
    }

    public Customer(String displayName, String preferredLanguage, Instant createdAt) {
        this.id = Ids.newId();
        this.displayName = displayName;
        this.nameKey = SearchKeys.of(displayName);
        this.preferredLanguage = preferredLanguage;
        this.createdAt = createdAt;
    }

    /** Segment attributes; null means "not known", never a default. */
    public void segment(String preferredLanguage, CustomerType customerType, AgeBand ageBand, ValueTier valueTier,
                        String region) {
        this.preferredLanguage = preferredLanguage;
        this.customerType = customerType;
        this.ageBand = ageBand;
        this.valueTier = valueTier;
        this.region = region;
    }

    public void mergeInto(UUID survivorId) {
        mergedInto = survivorId;
    }

    public void standAlone() {
        mergedInto = null;
    }

    /**
     * Keeps the row and its coarse segments (type, age band, value tier, region), so that reports
     * by segment stay true, and nothing that tells who he was.
     */
    public void erase(String placeholderName, Instant at) {
        displayName = placeholderName;
        nameKey = SearchKeys.of(placeholderName);
        erasedAt = at;
    }

    public UUID getMergedInto() {
        return mergedInto;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public CustomerType getCustomerType() {
        return customerType;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public ValueTier getValueTier() {
        return valueTier;
    }

    public String getRegion() {
        return region;
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
