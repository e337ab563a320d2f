package io.relais.web.library;

import io.relais.responses.boundary.FactKind;

import java.io.Serializable;

/** A key fact as edited in the answer form. */
public class FactRow implements Serializable {

    private String name;
    private FactKind kind = FactKind.TEXT;
    private String value;

    FactRow(String name, FactKind kind, String value) {
        this.name = name;
        this.kind = kind;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public FactKind getKind() {
        return kind;
    }

    public void setKind(FactKind kind) {
        this.kind = kind;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
