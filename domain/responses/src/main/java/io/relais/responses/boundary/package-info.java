/**
 * The response library's public face, one boundary per concern: {@code Motifs} (the motif tree),
 * {@code ResponseLibrary} (answers, their key facts and a variant per channel form),
 * {@code AnswerReview} (submit, approve with a JSON snapshot per approved version, return, retire),
 * {@code ReplyRendering} (approved, effective variants filled in for agents, and the check a reply
 * passes before it leaves), {@code BrandSettings} (vous or tu, limits, lexicon) and
 * {@code LibraryStarter} (the starter library, once); {@code LibraryRows} is what they share.
 * {@code LibrarySearch} searches in French and suggests answers for a message; {@code LibraryIndex}
 * rebuilds the in-memory search index at start. Every write is checked as a whole first: a refusal
 * (the shared {@code Refusal}, made by {@code LibraryRefusals}) saves nothing, and says why in
 * English for the API and the logs, and in the reader's language for the pages
 * ({@code io/relais/responses/refusals.properties}, French first, like the findings), with the
 * findings in its details.
 */
package io.relais.responses.boundary;
