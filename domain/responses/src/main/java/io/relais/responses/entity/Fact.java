package io.relais.responses.entity;

import io.relais.responses.boundary.FactKind;
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

import java.util.Objects;
import java.util.UUID;

/** A key fact of an answer (an amount, a delay, a URL…) that every variant must carry unchanged. */
@Entity
@Table(name = "rs_fact")
public class Fact {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "answer_id", nullable = false)
    private Answer answer;

    @Column(nullable = false, length = 60)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FactKind kind;

    @Column(name = "fact_value", nullable = false, length = 2000)
    private String value;

    @Column(nullable = false)
    private int ordinal;

    protected Fact() {
    }

    Fact(Answer answer, String name, FactKind kind, String value, int ordinal) {
        this.id = Ids.newId();
        this.answer = answer;
        this.name = name;
        this.kind = kind;
        this.value = value;
        this.ordinal = ordinal;
    }

    /** A fact not yet attached, as an author states it. */
    public static Fact stated(String name, FactKind kind, String value) {
        return new Fact(null, name, kind, value, 0);
    }

    void restate(FactKind kind, String value, int ordinal) {
        this.kind = kind;
        this.value = value;
        this.ordinal = ordinal;
    }

    boolean sameAs(Fact other) {
        return name.equals(other.name) && kind == other.kind && Objects.equals(value, other.value);
    }

    public String getName() {
        return name;
    }

    public FactKind getKind() {
        return kind;
    }

    public String getValue() {
        return value;
    }
}
