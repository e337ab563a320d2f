package io.relais.responses.boundary;

/**
 * A variant's standing within its answer: written or changed since the last approval (DRAFT),
 * approved, or approved but written against facts or a reference that changed since (STALE).
 */
public enum VariantState {
    DRAFT,
    APPROVED,
    STALE
}
