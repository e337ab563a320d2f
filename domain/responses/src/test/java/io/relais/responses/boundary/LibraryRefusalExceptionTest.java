package io.relais.responses.boundary;

import io.relais.responses.entity.AnswerStatus;
import io.relais.responses.entity.VariantForm;
import io.relais.responses.entity.VariantState;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryRefusalExceptionTest {

    @Test
    void the_page_says_why_in_french_and_the_api_in_english() {
        LibraryRefusalException refused = LibraryRefusalException.conflict("NOT_TO_APPROVE", AnswerStatus.IN_REVIEW);
        assertEquals("only an answer in review, or an approved one with changed variants, can be approved "
                + "(this one is in review)", refused.getMessage());
        assertEquals("Seule une réponse en relecture, ou approuvée avec des variantes modifiées, peut être approuvée "
                + "(état de celle-ci\u00a0: en relecture).", refused.message(Locale.FRENCH));
        assertEquals(refused.getMessage(), refused.message(Locale.ENGLISH));
        assertTrue(refused.isConflict());
    }

    @Test
    void names_and_apostrophes_are_said_as_they_are() {
        LibraryRefusalException refused = LibraryRefusalException.badRequest("MOTIF_CODE_FIXED", "LIVRAISON_RETARD");
        assertEquals("a motif's code does not change (LIVRAISON_RETARD)", refused.getMessage());
        assertEquals("Le code d’un motif ne change pas (LIVRAISON_RETARD).", refused.message(Locale.FRENCH));
        assertFalse(refused.isConflict());
    }

    @Test
    void the_missing_forms_are_named_in_the_readers_words_with_the_findings_kept() {
        var finding = new LibraryRecords.FindingView("EMPTY_BODY", "REFUSED", "SMS.body", null, "Le texte est vide.");
        LibraryRefusalException refused = LibraryRefusalException.conflict(List.of(finding), "VARIANTS_MISSING",
                Set.of(VariantForm.SMS, VariantForm.EMAIL));
        assertEquals("the motif's channels need a variant for EMAIL, SMS", refused.getMessage());
        assertEquals("Les canaux du motif demandent une variante de plus\u00a0: e-mail, SMS.",
                refused.message(Locale.FRENCH));
        assertEquals(List.of(finding), refused.findings());
    }

    @Test
    void a_refusal_made_of_findings_is_already_in_the_authors_language() {
        var refused = new LibraryRefusalException("Le texte est vide.", List.of(), true);
        assertEquals("Le texte est vide.", refused.message(Locale.ENGLISH));
    }

    @Test
    void every_reason_and_every_word_is_written_in_both_languages_with_the_same_arguments() throws IOException {
        Properties french = load("refusals.properties");
        Properties english = load("refusals_en.properties");
        assertEquals(french.stringPropertyNames(), english.stringPropertyNames());
        for (String key : french.stringPropertyNames()) {
            assertEquals(new MessageFormat(french.getProperty(key)).getFormats().length,
                    new MessageFormat(english.getProperty(key)).getFormats().length, key);
        }
        Stream.of(AnswerStatus.values(), VariantState.values(), VariantForm.values()).flatMap(Stream::of)
                .map(word -> word.getDeclaringClass().getSimpleName() + "." + word.name())
                .forEach(key -> assertNotNull(french.getProperty(key), key));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LibraryRefusalExceptionTest.class.getResourceAsStream("/io/relais/responses/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
