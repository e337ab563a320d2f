package io.relais.responses.entity;

import io.relais.responses.boundary.AddressForm;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A brand the company answers for, with its house rules; its lexicon is in {@link LexiconRule}. */
@Entity
@Table(name = "rs_brand")
public class Brand {

    /** The brand a new installation has (created by the migration). */
    public static final UUID DEFAULT_ID = UUID.fromString("0190a0a0-0000-7000-8000-000000000001");

    @Id
    private UUID id;

    @Column(nullable = false, length = 64, unique = true)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "address_form", nullable = false, length = 8)
    private AddressForm addressForm;

    @Column(name = "sms_max_segments", nullable = false)
    private int smsMaxSegments;

    @Column(name = "chat_max_length", nullable = false)
    private int chatMaxLength;

    protected Brand() {
    }

    public void describe(String name, AddressForm addressForm, int smsMaxSegments, int chatMaxLength) {
        this.name = name;
        this.addressForm = addressForm;
        this.smsMaxSegments = smsMaxSegments;
        this.chatMaxLength = chatMaxLength;
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public AddressForm getAddressForm() {
        return addressForm;
    }

    public int getSmsMaxSegments() {
        return smsMaxSegments;
    }

    public int getChatMaxLength() {
        return chatMaxLength;
    }
}
