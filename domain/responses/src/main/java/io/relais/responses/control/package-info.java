/**
 * The library's rules, in plain Java so they are unit-tested without a server: SMS cost (GSM 03.38
 * 7-bit or UCS-2, segments), length on X, placeholders (jmustache, variables only), key facts found
 * and compared in a text ({@code FactValues}, {@code FactConsistency}), the brand's lexicon, tone and
 * French typography with their fixes ({@code StyleGuide}), and {@code VariantCheck}, which runs them
 * all when an author saves and again when an agent sends. Findings carry a code and arguments; their
 * words are in {@code findings.properties} (French) and {@code findings_en.properties}.
 */
package io.relais.responses.control;
