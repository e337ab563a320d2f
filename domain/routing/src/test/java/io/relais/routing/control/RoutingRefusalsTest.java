package io.relais.routing.control;

import io.relais.shared.Channel;
import io.relais.shared.Reason;
import io.relais.shared.Refusal;
import io.relais.shared.testing.BundleParity;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoutingRefusalsTest {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    @Test
    void a_refusal_is_english_for_the_api_and_french_for_a_french_reader() {
        Reason taken = RoutingRefusals.reason("calendar.nameTaken", "Siège");
        assertEquals("a calendar is already named « Siège »", taken.inEnglish());
        assertEquals("un calendrier s'appelle déjà « Siège »", taken.in(FRENCH));
        assertEquals(taken.inEnglish(), taken.in(Locale.ENGLISH), "the API's words are the English bundle's");
    }

    @Test
    void reasons_inside_a_refusal_and_days_are_said_in_the_same_language() {
        Reason overlap = RoutingRefusals.reason("hours.overlap", DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0),
                LocalTime.of(12, 0), LocalTime.of(18, 0));
        Reason invalid = RoutingRefusals.reason("calendar.invalid", "Siège", overlap);
        assertEquals("the calendar « Siège »: on Monday the periods 09:00–13:00 and 12:00–18:00 overlap",
                invalid.inEnglish());
        assertEquals("le calendrier « Siège » : le lundi, les plages 09:00–13:00 et 12:00–18:00 se chevauchent",
                invalid.in(FRENCH));
    }

    @Test
    void a_value_the_request_left_out_is_said_too() {
        assertEquals("no staff member named null", RoutingRefusals.reason("staff.unknown", (Object) null).inEnglish());
    }

    @Test
    void limits_keep_their_digits() {
        assertEquals("un libellé publié a au plus 1500 caractères",
                RoutingRefusals.reason("commitment.wording", 1500).in(FRENCH));
    }

    @Test
    void an_ambiguous_pair_of_rules_is_explained_with_its_common_part() {
        UUID billing = UUID.randomUUID();
        var rules = List.of(new CommitmentScope(Channel.EMAIL, null, null), new CommitmentScope(null, billing, null));
        var conflict = CommitmentRules.firstConflict(rules, scope -> scope,
                scope -> scope.channel() != null ? "E-mail" : "Facturation").orElseThrow();
        assertEquals("« E-mail » et « Facturation » s'appliquent tous deux à canal EMAIL, motif " + billing
                + ", segment tous et aucun n'est plus précis : ajoutez d'abord une règle pour ce cas",
                conflict.why().in(FRENCH));
        assertTrue(conflict.why().inEnglish().startsWith("« E-mail » and « Facturation » both apply to channel EMAIL"),
                conflict.why().inEnglish());
    }

    @Test
    void every_refusal_has_its_english_words_and_no_lone_apostrophe() {
        Set<String> keys = BundleParity.assertBothLanguagesAlike("/io/relais/routing/refusals.properties");
        for (Channel channel : Channel.values()) {
            assertTrue(keys.contains("channel." + channel.name()), channel.name());
        }
        ResourceBundle french = ResourceBundle.getBundle("io.relais.routing.refusals", Locale.FRENCH);
        ResourceBundle english = ResourceBundle.getBundle("io.relais.routing.refusals", Locale.ENGLISH);
        for (String key : keys) {
            // MessageFormat takes a lone apostrophe for a quote and drops it with what follows.
            assertFalse(LONE_QUOTE.matcher(french.getString(key)).find(), key + " has a lone apostrophe");
            assertFalse(LONE_QUOTE.matcher(english.getString(key)).find(), key + " has a lone apostrophe");
        }
        assertThrows(MissingResourceException.class, () -> RoutingRefusals.reason("no.such.key").inEnglish());
    }

    @Test
    void an_unknown_record_is_a_refusal_of_its_own_kind() {
        var refused = RoutingRefusals.notFound("calendar.unknown", "c-1");
        assertEquals(Refusal.Kind.NOT_FOUND, refused.kind());
        assertEquals("no calendar c-1", refused.getMessage());
        assertEquals("aucun calendrier c-1", refused.message(FRENCH));
    }
}
