package io.relais.responses.control;

import io.relais.responses.boundary.FactKind;

/** A key fact as the checks see it: a name, what it is, and its value as written in the answer. */
public record KeyFact(String name, FactKind kind, String value) {
}
