package io.relais.responses.entity;

import io.relais.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A word a brand avoids in its answers, and what it writes instead (empty: nothing). */
@Entity
@Table(name = "rs_lexicon_rule")
public class LexiconRule {

    public static final int WORDS_LENGTH = 100;

    @Id
    private UUID id;

    @Column(name = "brand_id", nullable = false)
    private UUID brandId;

    @Column(nullable = false, length = WORDS_LENGTH)
    private String forbidden;

    @Column(nullable = false, length = WORDS_LENGTH)
    private String replacement;

    protected LexiconRule() {
    }

    public LexiconRule(UUID brandId, String forbidden, String replacement) {
        this.id = Ids.newId();
        this.brandId = brandId;
        this.forbidden = forbidden;
        this.replacement = replacement == null ? "" : replacement;
    }

    public UUID getBrandId() {
        return brandId;
    }

    public String getForbidden() {
        return forbidden;
    }

    public String getReplacement() {
        return replacement;
    }
}
