package io.relais.responses.entity;

import io.relais.responses.boundary.AnswerStatus;
import io.relais.responses.boundary.VariantForm;
import io.relais.responses.boundary.VariantState;
import io.relais.shared.Ids;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A reference answer to one motif: the channel-neutral text, its key facts, and a variant per
 * channel form. {@code version} counts approvals; {@code editCount} guards against two authors
 * overwriting each other. Indexed for search with its motif's labels and keywords and every
 * variant's words (Hibernate Search, French analysis); a motif renamed later is reindexed with
 * its answers only when they change, which is acceptable for labels.
 */
@Entity
@Table(name = "rs_answer")
@Indexed(index = "answer")
public class Answer {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "motif_id", nullable = false)
    @IndexedEmbedded(includePaths = {"labelFr", "labelEn", "keywords"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Motif motif;

    @Column(name = "brand_id", nullable = false)
    private UUID brandId;

    @Column(nullable = false, length = 200)
    @FullTextField(analyzer = "french")
    private String title;

    @Column(name = "reference_text", nullable = false, length = 8000)
    @FullTextField(analyzer = "french")
    private String referenceText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    @KeywordField
    private AnswerStatus status;

    @Column(nullable = false)
    private int version;

    @Column(name = "effective_from")
    private Instant effectiveFrom;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Version
    @Column(name = "edit_count", nullable = false)
    private long editCount;

    @OneToMany(mappedBy = "answer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("ordinal")
    private List<Fact> facts = new ArrayList<>();

    @OneToMany(mappedBy = "answer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("form")
    @IndexedEmbedded(includePaths = {"subject", "body"})
    private List<Variant> variants = new ArrayList<>();

    protected Answer() {
    }

    public Answer(Motif motif, UUID brandId, String title, String referenceText, String author, Instant now) {
        this.id = Ids.newId();
        this.motif = motif;
        this.brandId = brandId;
        this.title = title;
        this.referenceText = referenceText;
        this.status = AnswerStatus.DRAFT;
        this.updatedBy = author;
        this.updatedAt = now;
    }

    /** True when the reference text or a fact changed: the variants then need reading again. */
    public boolean rewrite(Motif motif, String title, String referenceText, List<Fact> newFacts,
                           Instant effectiveFrom, Instant expiresAt, String author, Instant now) {
        boolean substance = !this.referenceText.equals(referenceText) || !sameFacts(newFacts);
        this.motif = motif;
        this.title = title;
        this.referenceText = referenceText;
        this.effectiveFrom = effectiveFrom;
        this.expiresAt = expiresAt;
        if (!sameFacts(newFacts)) {
            replaceFacts(newFacts);
        }
        if (substance) {
            variants.stream().filter(v -> v.getState() == VariantState.APPROVED).forEach(Variant::markStale);
        }
        touched(author, now);
        return substance;
    }

    /**
     * Facts are updated in place by name: Hibernate inserts before it deletes, so removing a
     * fact and adding one of the same name would break the (answer, name) key.
     */
    private void replaceFacts(List<Fact> newFacts) {
        var wanted = newFacts.stream().map(Fact::getName).collect(java.util.stream.Collectors.toSet());
        facts.removeIf(f -> !wanted.contains(f.getName()));
        List<Fact> ordered = new ArrayList<>();
        for (int i = 0; i < newFacts.size(); i++) {
            Fact stated = newFacts.get(i);
            int ordinal = i;
            Fact fact = facts.stream().filter(f -> f.getName().equals(stated.getName())).findFirst()
                    .orElseGet(() -> new Fact(this, stated.getName(), stated.getKind(), stated.getValue(), ordinal));
            fact.restate(stated.getKind(), stated.getValue(), ordinal);
            ordered.add(fact);
        }
        facts.clear();
        facts.addAll(ordered);
    }

    private boolean sameFacts(List<Fact> other) {
        if (other.size() != facts.size()) {
            return false;
        }
        for (int i = 0; i < other.size(); i++) {
            if (!facts.get(i).sameAs(other.get(i))) {
                return false;
            }
        }
        return true;
    }

    public void touched(String author, Instant now) {
        this.updatedBy = author;
        this.updatedAt = now;
        if (status == AnswerStatus.RETIRED) {
            status = AnswerStatus.DRAFT;
        }
    }

    public Optional<Variant> variant(VariantForm form) {
        return variants.stream().filter(v -> v.getForm() == form).findFirst();
    }

    public Variant addVariant(VariantForm form) {
        Variant variant = new Variant(this, form);
        variants.add(variant);
        return variant;
    }

    public void submit() {
        status = AnswerStatus.IN_REVIEW;
    }

    public void approve(String approver, Instant now) {
        status = AnswerStatus.APPROVED;
        version++;
        approvedBy = approver;
        approvedAt = now;
        variants.forEach(Variant::approve);
    }

    public void returnToDraft() {
        status = AnswerStatus.DRAFT;
    }

    public void retire() {
        status = AnswerStatus.RETIRED;
    }

    /** Approved and within its dates: what agents may be offered. */
    public boolean isEffective(Instant now) {
        return status == AnswerStatus.APPROVED
                && (effectiveFrom == null || !now.isBefore(effectiveFrom))
                && (expiresAt == null || now.isBefore(expiresAt));
    }

    public UUID getId() {
        return id;
    }

    public Motif getMotif() {
        return motif;
    }

    public UUID getBrandId() {
        return brandId;
    }

    public String getTitle() {
        return title;
    }

    public String getReferenceText() {
        return referenceText;
    }

    public AnswerStatus getStatus() {
        return status;
    }

    public int getVersion() {
        return version;
    }

    public Instant getEffectiveFrom() {
        return effectiveFrom;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public long getEditCount() {
        return editCount;
    }

    public List<Fact> getFacts() {
        return facts;
    }

    public List<Variant> getVariants() {
        return variants;
    }
}
