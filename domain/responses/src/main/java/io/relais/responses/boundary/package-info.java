/**
 * The response library's public face. {@code ResponseLibrary} writes and reads motifs, answers and
 * variants, runs the review (submit, approve, return, retire, with a JSON snapshot per approved
 * version) and fills approved variants in for agents; {@code LibrarySearch} searches in French and
 * suggests answers for a message; {@code LibraryIndex} rebuilds the in-memory search index at start.
 * Every write is checked as a whole first: a refusal (the shared {@code Refusal}, made by
 * {@code LibraryRefusals}) saves nothing, and says why in English for the API and the logs, and in
 * the reader's language for the pages ({@code io/relais/responses/refusals.properties}, French
 * first, like the findings), with the findings in its details.
 */
package io.relais.responses.boundary;
