package io.relais.timeline.control;

import io.relais.shared.Refusal;
import io.relais.shared.testing.BundleParity;
import io.relais.timeline.boundary.IdentityKind;
import io.relais.timeline.boundary.PromiseState;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineRefusalsTest {

    @Test
    void the_api_says_it_in_english_and_the_page_in_french() {
        UUID customer = UUID.fromString("01900000-0000-7000-8000-000000000001");
        UUID survivor = UUID.fromString("01900000-0000-7000-8000-000000000002");
        var refused = TimelineRefusals.conflict("CUSTOMER_MERGED_INTO", customer, survivor);
        assertEquals(Refusal.Kind.CONFLICT, refused.kind());
        assertEquals("customer " + customer + " was merged into " + survivor
                + ": work on that customer, or unmerge first", refused.getMessage());
        assertEquals("Le client " + customer + " a été fusionné dans " + survivor
                + "\u00a0: travaillez sur ce client-là, ou annulez d’abord la fusion.", refused.message(Locale.FRENCH));
    }

    @Test
    void limits_are_not_grouped_and_states_are_said_in_words() {
        assertEquals("the text has more than 100000 characters",
                TimelineRefusals.invalid("TEXT_LENGTH", 100_000).getMessage());
        var settled = TimelineRefusals.invalid("PROMISE_ALREADY_SETTLED", PromiseState.KEPT);
        assertEquals("this promise was already settled as KEPT", settled.getMessage());
        assertEquals("Cette promesse est déjà réglée\u00a0: tenue.", settled.message(Locale.FRENCH));
        assertEquals("Dites pourquoi (la demande du client, sa date)\u00a0: c’est conservé dans l’audit.",
                TimelineRefusals.invalid("ERASURE_REASON_MISSING").message(Locale.FRENCH));
    }

    @Test
    void an_identity_someone_else_holds_names_him_for_a_merge() {
        UUID holder = UUID.fromString("01900000-0000-7000-8000-000000000003");
        var taken = TimelineRefusals.identityTaken(IdentityKind.PHONE, "+33612345601", holder);
        assertEquals("PHONE +33612345601 belongs to customer " + holder + ": merge the two if they are one person",
                taken.getMessage());
        assertTrue(taken.message(Locale.FRENCH).startsWith("téléphone +33612345601 appartient au client"),
                taken.message(Locale.FRENCH));
        assertEquals(holder.toString(), taken.details().get("holderId"));
    }

    @Test
    void every_reason_and_every_word_is_written_in_both_languages_with_the_same_arguments() {
        Set<String> keys = BundleParity.assertBothLanguagesAlike("/io/relais/timeline/refusals.properties");
        Stream.concat(Stream.of(PromiseState.values()), Stream.of(IdentityKind.values()))
                .map(word -> word.getDeclaringClass().getSimpleName() + "." + word.name())
                .forEach(key -> assertTrue(keys.contains(key), key));
    }
}
