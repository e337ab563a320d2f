package io.relais.timeline.control;

import io.relais.shared.PhoneNumbers;
import io.relais.shared.Refusal;
import io.relais.timeline.boundary.IdentityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdentityNormaliserTest {

    @Test
    void emailsAreTrimmedAndLowerCased() {
        assertEquals("marie.dubois@exemple.fr",
                IdentityNormaliser.normalise(IdentityKind.EMAIL, "  Marie.Dubois@Exemple.FR "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"06 12 34 56 78", "0612345678", "+33 6 12 34 56 78", "+33612345678", "06.12.34.56.78",
            "0033 6 12 34 56 78"})
    void frenchMobileNumbersInAnyFormatBecomeOneE164Number(String typed) {
        assertEquals("+33612345678", IdentityNormaliser.normalise(IdentityKind.PHONE, typed));
    }

    @Test
    void foreignNumbersKeepTheirCountry() {
        assertEquals("+447911123456", IdentityNormaliser.normalise(IdentityKind.PHONE, "+44 7911 123456"));
    }

    @Test
    void whatsAppIdentitiesArePhoneNumbers() {
        assertEquals("+33612345603", IdentityNormaliser.normalise(IdentityKind.WHATSAPP, "06 12 34 56 03"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "not a number", "06 12"})
    void impossiblePhoneNumbersAreRefused(String typed) {
        assertThrows(Refusal.class, () -> IdentityNormaliser.normalise(IdentityKind.PHONE, typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"marie", "@exemple.fr", "marie@", "a@b@c", "ma rie@exemple.fr", "   "})
    void malformedEmailsAreRefused(String typed) {
        assertThrows(Refusal.class, () -> IdentityNormaliser.normalise(IdentityKind.EMAIL, typed));
    }

    @Test
    void otherIdentitiesAreOnlyTrimmed() {
        assertEquals("C-100001", IdentityNormaliser.normalise(IdentityKind.CUSTOMER_NUMBER, " C-100001 "));
    }

    @Test
    void anInboundNumberThatCannotBeReadIsKeptAsItCameAndFlagged() {
        var kept = IdentityNormaliser.read(IdentityKind.PHONE, " 06 12 ");
        assertEquals("06 12", kept.value());
        assertFalse(kept.valid());
    }

    @Test
    void anInboundPhoneSaysWhetherItIsAMobile() {
        var mobile = IdentityNormaliser.read(IdentityKind.PHONE, "06 12 34 56 78");
        assertEquals("+33612345678", mobile.value());
        assertTrue(mobile.valid());
        assertEquals(PhoneNumbers.Line.MOBILE, mobile.line());
        assertEquals(PhoneNumbers.Line.FIXED_LINE, IdentityNormaliser.read(IdentityKind.PHONE, "01 42 34 56 78").line());
    }

    @Test
    void an_identity_too_long_to_keep_is_refused_by_every_door_even_a_channels() {
        String long_ = "a".repeat(400) + "@exemple.fr";
        Refusal refused = assertThrows(Refusal.class, () -> IdentityNormaliser.read(IdentityKind.EMAIL, long_));
        assertEquals("an identity has at most 320 characters", refused.getMessage());
        assertThrows(Refusal.class, () -> IdentityNormaliser.normalise(IdentityKind.EMAIL, long_));
        assertEquals(320, IdentityNormaliser.read(IdentityKind.WEBCHAT_VISITOR, "v".repeat(320)).value().length());
    }
}
