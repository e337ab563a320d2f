package io.relais.timeline.entity;

import io.relais.shared.Ids;
import io.relais.shared.PhoneNumbers;
import io.relais.timeline.boundary.IdentityKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * One way of recognising a customer. The pair (kind, value) is unique in the database: an
 * identity belongs to exactly one customer. Values are stored normalised.
 */
@Entity
@Table(name = "tl_identity")
public class CustomerIdentity {

    @Id
    private UUID id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private IdentityKind kind;

    @Column(name = "identity_value", nullable = false, length = 320)
    private String value;

    /** False when the value could not be read and is kept as it came. */
    @Column(nullable = false)
    private boolean valid;

    @Enumerated(EnumType.STRING)
    @Column(name = "line_type", length = 16)
    private PhoneNumbers.Line lineType;

    protected CustomerIdentity() {
    }

    public CustomerIdentity(UUID customerId, IdentityKind kind, String value, boolean valid, PhoneNumbers.Line lineType) {
        this.id = Ids.newId();
        this.customerId = customerId;
        this.kind = kind;
        this.value = value;
        this.valid = valid;
        this.lineType = lineType;
    }

    /** Hands the identity to another customer, as a merge or an unmerge does. */
    public void belongTo(UUID customerId) {
        this.customerId = customerId;
    }

    public boolean isValid() {
        return valid;
    }

    public PhoneNumbers.Line getLineType() {
        return lineType;
    }

    public UUID getId() {
        return id;
    }

    public UUID getCustomerId() {
        return customerId;
    }

    public IdentityKind getKind() {
        return kind;
    }

    public String getValue() {
        return value;
    }
}
