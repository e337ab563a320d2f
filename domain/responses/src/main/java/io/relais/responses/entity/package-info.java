/**
 * Motifs (a tree through {@code parentId}), brands with their lexicon, answers with their key facts
 * and one variant per {@code VariantForm}, the answers' history and the agents' feedback. Tables are
 * prefixed {@code rs_}. An answer is offered to agents when it is approved and effective, and then
 * only its approved variants: a variant edited since, or written against facts that changed (stale),
 * waits for the next approval.
 */
package io.relais.responses.entity;
