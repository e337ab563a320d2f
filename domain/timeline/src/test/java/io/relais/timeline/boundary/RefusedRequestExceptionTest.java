package io.relais.timeline.boundary;

import io.relais.timeline.entity.PromiseState;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class RefusedRequestExceptionTest {

    @Test
    void the_api_says_it_in_english_and_the_page_in_french() {
        UUID customer = UUID.fromString("01900000-0000-7000-8000-000000000001");
        UUID survivor = UUID.fromString("01900000-0000-7000-8000-000000000002");
        var refused = new InvalidMergeException("CUSTOMER_MERGED_INTO", customer, survivor);
        assertEquals("customer " + customer + " was merged into " + survivor
                + ": work on that customer, or unmerge first", refused.getMessage());
        assertEquals("Le client " + customer + " a été fusionné dans " + survivor
                + "\u00a0: travaillez sur ce client-là, ou annulez d’abord la fusion.", refused.message(Locale.FRENCH));
    }

    @Test
    void limits_are_not_grouped_and_states_are_said_in_words() {
        assertEquals("the text has more than 100000 characters",
                new InvalidInteractionException("TEXT_LENGTH", 100_000).getMessage());
        var settled = new InvalidInteractionException("PROMISE_ALREADY_SETTLED", PromiseState.KEPT);
        assertEquals("this promise was already settled as KEPT", settled.getMessage());
        assertEquals("Cette promesse est déjà réglée\u00a0: tenue.", settled.message(Locale.FRENCH));
        assertEquals("Dites pourquoi (la demande du client, sa date)\u00a0: c’est conservé dans l’audit.",
                new InvalidCustomerProfileException("ERASURE_REASON_MISSING").message(Locale.FRENCH));
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
        Stream.of(PromiseState.values()).map(state -> "PromiseState." + state.name())
                .forEach(key -> assertNotNull(french.getProperty(key), key));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RefusedRequestExceptionTest.class.getResourceAsStream("/io/relais/timeline/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
