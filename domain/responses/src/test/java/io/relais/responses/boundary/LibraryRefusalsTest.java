package io.relais.responses.boundary;

import io.relais.responses.control.Finding;
import io.relais.shared.Refusal;
import io.relais.shared.testing.BundleParity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryRefusalsTest {

    @Test
    void the_page_says_why_in_french_and_the_api_in_english() {
        Refusal refused = LibraryRefusals.conflict("NOT_TO_APPROVE", AnswerStatus.IN_REVIEW);
        assertEquals("only an answer in review, or an approved one with changed variants, can be approved "
                + "(this one is in review)", refused.getMessage());
        assertEquals("Seule une réponse en relecture, ou approuvée avec des variantes modifiées, peut être approuvée "
                + "(état de celle-ci\u00a0: en relecture).", refused.message(Locale.FRENCH));
        assertEquals(refused.getMessage(), refused.message(Locale.ENGLISH));
        assertEquals(Refusal.Kind.CONFLICT, refused.kind());
    }

    @Test
    void names_and_apostrophes_are_said_as_they_are() {
        Refusal refused = LibraryRefusals.invalid("MOTIF_CODE_FIXED", "LIVRAISON_RETARD");
        assertEquals("a motif's code does not change (LIVRAISON_RETARD)", refused.getMessage());
        assertEquals("Le code d’un motif ne change pas (LIVRAISON_RETARD).", refused.message(Locale.FRENCH));
        assertEquals(Refusal.Kind.INVALID, refused.kind());
    }

    @Test
    void the_missing_forms_are_named_in_the_readers_words_with_the_findings_kept() {
        Finding empty = Finding.of(Finding.Code.EMPTY_BODY, Finding.Severity.REFUSED, "SMS.body");
        Refusal refused = LibraryRefusals.found(Refusal.Kind.CONFLICT, List.of(empty), finding -> finding::message,
                Locale.FRENCH, "VARIANTS_MISSING", Set.of(VariantForm.SMS, VariantForm.EMAIL));
        assertEquals("the motif's channels need a variant for EMAIL, SMS", refused.getMessage());
        assertEquals("Les canaux du motif demandent une variante de plus\u00a0: e-mail, SMS.",
                refused.message(Locale.FRENCH));
        assertEquals(List.of(new LibraryRecords.FindingView("EMPTY_BODY", "REFUSED", "SMS.body", null,
                "Le texte est vide.")), refused.details().get("findings"));
    }

    @Test
    void a_refusal_made_of_findings_says_each_in_the_readers_language() {
        Finding empty = Finding.of(Finding.Code.EMPTY_BODY, Finding.Severity.REFUSED, "body");
        Refusal refused = LibraryRefusals.found(Refusal.Kind.UNPROCESSABLE, List.of(empty), Locale.ENGLISH);
        assertEquals("The text is empty.", refused.getMessage());
        assertEquals("Le texte est vide.", refused.message(Locale.FRENCH));
        assertEquals(Refusal.Kind.UNPROCESSABLE, refused.kind());
    }

    @Test
    void every_reason_and_every_word_is_written_in_both_languages_with_the_same_arguments() {
        Set<String> keys = BundleParity.assertBothLanguagesAlike("/io/relais/responses/refusals.properties");
        Stream.of(AnswerStatus.values(), VariantState.values(), VariantForm.values()).flatMap(Stream::of)
                .map(word -> word.getDeclaringClass().getSimpleName() + "." + word.name())
                .forEach(key -> assertTrue(keys.contains(key), key));
    }
}
