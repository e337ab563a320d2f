/**
 * Motifs (contact reasons) and, later, reference answers with their channel variants.
 * Tables are prefixed {@code rs_}. Motifs form a tree through {@code parentId}.
 */
package io.relais.responses.entity;
