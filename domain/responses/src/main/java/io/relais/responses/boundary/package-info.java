/**
 * The response library's public face. {@code ResponseLibrary} writes and reads motifs, answers and
 * variants, runs the review (submit, approve, return, retire, with a JSON snapshot per approved
 * version) and fills approved variants in for agents; {@code LibrarySearch} searches in French and
 * suggests answers for a message; {@code LibraryIndex} rebuilds the in-memory search index at start.
 * Every write is checked as a whole first: a refusal ({@code LibraryRefusalException}) saves nothing.
 */
package io.relais.responses.boundary;
