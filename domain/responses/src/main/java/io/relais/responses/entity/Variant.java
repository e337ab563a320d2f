package io.relais.responses.entity;

import io.relais.responses.boundary.VariantForm;
import io.relais.responses.boundary.VariantState;
import io.relais.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An answer in the form one channel needs; its words are a logic-less template. */
@Entity
@Table(name = "rs_variant")
public class Variant {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "answer_id", nullable = false)
    private Answer answer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VariantForm form;

    @Column(length = 200)
    @FullTextField(analyzer = "french")
    private String subject;

    @Column(length = 500)
    private String greeting;

    @Column(nullable = false, length = 8000)
    @FullTextField(analyzer = "french")
    private String body;

    @Column(length = 1000)
    private String closing;

    @Column(length = 500)
    private String signature;

    @Column(name = "template_name", length = 60)
    private String templateName;

    /** The WhatsApp template's parameters, in order, comma-separated. */
    @Column(name = "template_parameters", length = 1000)
    private String templateParameters;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VariantState state;

    @Column(nullable = false)
    private long uses;

    @Column(name = "not_solved", nullable = false)
    private long notSolved;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Variant() {
    }

    Variant(Answer answer, VariantForm form) {
        this.id = Ids.newId();
        this.answer = answer;
        this.form = form;
        this.body = "";
        this.state = VariantState.DRAFT;
        this.updatedAt = Instant.now();
    }

    /** New words: true when they differ, and then the variant needs approving again. */
    public boolean write(String subject, String greeting, String body, String closing, String signature,
                         String templateName, List<String> templateParameters, Instant now) {
        String parameters = String.join(",", templateParameters);
        boolean changed = !(eq(this.subject, subject) && eq(this.greeting, greeting) && eq(this.body, body)
                && eq(this.closing, closing) && eq(this.signature, signature) && eq(this.templateName, templateName)
                && eq(this.templateParameters, parameters.isEmpty() ? null : parameters));
        if (changed) {
            this.subject = subject;
            this.greeting = greeting;
            this.body = body;
            this.closing = closing;
            this.signature = signature;
            this.templateName = templateName;
            this.templateParameters = parameters.isEmpty() ? null : parameters;
            this.state = VariantState.DRAFT;
            this.updatedAt = now;
        }
        return changed;
    }

    private static boolean eq(String a, String b) {
        return (a == null || a.isEmpty()) ? (b == null || b.isEmpty()) : a.equals(b);
    }

    void markStale() {
        state = VariantState.STALE;
    }

    void approve() {
        state = VariantState.APPROVED;
    }

    public UUID getId() {
        return id;
    }

    public Answer getAnswer() {
        return answer;
    }

    public VariantForm getForm() {
        return form;
    }

    public String getSubject() {
        return subject;
    }

    public String getGreeting() {
        return greeting;
    }

    public String getBody() {
        return body;
    }

    public String getClosing() {
        return closing;
    }

    public String getSignature() {
        return signature;
    }

    public String getTemplateName() {
        return templateName;
    }

    public List<String> getTemplateParameters() {
        return templateParameters == null || templateParameters.isBlank() ? List.of()
                : Arrays.asList(templateParameters.split(","));
    }

    public VariantState getState() {
        return state;
    }

    public long getUses() {
        return uses;
    }

    public long getNotSolved() {
        return notSolved;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
