package io.relais.responses.entity;

import io.relais.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Locale;
import java.util.UUID;

/** A contact reason ("motif"), e.g. Livraison &gt; Colis en retard. */
@Entity
@Table(name = "rs_motif")
public class Motif {

    @Id
    private UUID id;

    @Column(nullable = false, length = 64, unique = true)
    private String code;

    @Column(name = "label_fr", nullable = false, length = 200)
    private String labelFr;

    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    @Column(name = "parent_id")
    private UUID parentId;

    protected Motif() {
    }

    public Motif(String code, String labelFr, String labelEn, UUID parentId) {
        this.id = Ids.newId();
        this.code = code;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
        this.parentId = parentId;
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public UUID getParentId() {
        return parentId;
    }
}
