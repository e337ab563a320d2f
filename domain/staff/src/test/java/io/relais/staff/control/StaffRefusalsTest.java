package io.relais.staff.control;

import io.relais.shared.Reason;
import io.relais.shared.Refusal;
import io.relais.shared.testing.BundleParity;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StaffRefusalsTest {

    @Test
    void both_languages_have_the_same_reasons_with_the_same_arguments() {
        BundleParity.assertBothLanguagesAlike("/io/relais/staff/refusals.properties");
    }

    @Test
    void a_staff_request_is_refused_in_french_on_the_pages_and_in_english_on_the_api() {
        Reason password = StaffRefusals.reason("password", 10);
        assertEquals("a password has at least 10 characters", password.inEnglish());
        assertEquals("un mot de passe a au moins 10 caractères", password.in(Locale.FRENCH));
        assertEquals("aucun membre de l'équipe ne s'appelle ghost", StaffRefusals.reason("unknown", "ghost").in(Locale.FRENCH));
        assertEquals("no staff member named null", StaffRefusals.reason("unknown", (Object) null).inEnglish());
    }

    @Test
    void a_taken_username_is_a_conflict_and_a_bad_one_invalid() {
        assertEquals(Refusal.Kind.CONFLICT, StaffRefusals.conflict("usernameTaken", "camille").kind());
        assertEquals(Refusal.Kind.INVALID, StaffRefusals.invalid("username").kind());
    }
}
