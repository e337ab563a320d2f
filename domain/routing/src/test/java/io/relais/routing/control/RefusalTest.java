package io.relais.routing.control;

import io.relais.shared.Channel;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefusalTest {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    @Test
    void a_refusal_is_english_for_the_api_and_french_for_a_french_reader() {
        Refusal taken = Refusal.of("calendar.nameTaken", "Siège");
        assertEquals("a calendar is already named « Siège »", taken.inEnglish());
        assertEquals("un calendrier s'appelle déjà « Siège »", taken.message(FRENCH));
        assertEquals(taken.inEnglish(), taken.message(Locale.ENGLISH), "English has no bundle of its own");
    }

    @Test
    void a_staff_request_is_refused_in_the_same_two_languages() {
        Refusal password = Refusal.of("staff.password", 10);
        assertEquals("a password has at least 10 characters", password.inEnglish());
        assertEquals("un mot de passe a au moins 10 caractères", password.message(FRENCH));
        assertEquals("aucun membre de l'équipe ne s'appelle ghost", Refusal.of("staff.unknown", "ghost").message(FRENCH));
    }

    @Test
    void reasons_inside_a_refusal_and_days_are_said_in_the_same_language() {
        Refusal overlap = Refusal.of("hours.overlap", DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0),
                LocalTime.of(12, 0), LocalTime.of(18, 0));
        Refusal invalid = Refusal.of("calendar.invalid", "Siège", overlap);
        assertEquals("the calendar « Siège »: on Monday the periods 09:00–13:00 and 12:00–18:00 overlap",
                invalid.inEnglish());
        assertEquals("le calendrier « Siège » : le lundi, les plages 09:00–13:00 et 12:00–18:00 se chevauchent",
                invalid.message(FRENCH));
    }

    @Test
    void a_value_the_request_left_out_is_said_too() {
        assertEquals("no staff member named null", Refusal.of("staff.unknown", (Object) null).inEnglish());
    }

    @Test
    void limits_keep_their_digits() {
        assertEquals("un libellé publié a au plus 1500 caractères",
                Refusal.of("commitment.wording", 1500).message(FRENCH));
    }

    @Test
    void an_ambiguous_pair_of_rules_is_explained_with_its_common_part() {
        UUID billing = UUID.randomUUID();
        var rules = List.of(new CommitmentScope(Channel.EMAIL, null, null), new CommitmentScope(null, billing, null));
        var conflict = CommitmentRules.firstConflict(rules, scope -> scope,
                scope -> scope.channel() != null ? "E-mail" : "Facturation").orElseThrow();
        assertEquals("« E-mail » et « Facturation » s'appliquent tous deux à canal EMAIL, motif " + billing
                + ", segment tous et aucun n'est plus précis : ajoutez d'abord une règle pour ce cas",
                conflict.why().message(FRENCH));
        assertTrue(conflict.why().inEnglish().startsWith("« E-mail » and « Facturation » both apply to channel EMAIL"),
                conflict.why().inEnglish());
    }

    @Test
    void every_refusal_has_its_french_words_and_no_lone_apostrophe() throws Exception {
        Properties english = bundle("refusals.properties");
        Properties french = bundle("refusals_fr.properties");
        assertEquals(english.stringPropertyNames(), french.stringPropertyNames());
        for (Channel channel : Channel.values()) {
            assertTrue(english.containsKey("channel." + channel.name()), channel.name());
        }
        for (String key : french.stringPropertyNames()) {
            // MessageFormat takes a lone apostrophe for a quote and drops it with what follows.
            assertFalse(LONE_QUOTE.matcher(french.getProperty(key)).find(), key + " has a lone apostrophe");
            assertFalse(LONE_QUOTE.matcher(english.getProperty(key)).find(), key + " has a lone apostrophe");
        }
        assertThrows(MissingResourceException.class, () -> Refusal.of("no.such.key").inEnglish());
    }

    private static Properties bundle(String name) throws Exception {
        Properties properties = new Properties();
        try (var in = RefusalTest.class.getResourceAsStream("/io/relais/routing/" + name);
             var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
