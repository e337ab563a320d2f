package io.relais.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PhoneNumbersTest {

    @Test
    void aFrenchNumberTypedAnyWayBecomesE164() {
        assertEquals("+33612345678", PhoneNumbers.toE164("06 12 34 56 78"));
        assertEquals("+33612345678", PhoneNumbers.toE164("+33 (0)6.12.34.56.78"));
        assertEquals("+33612345678", PhoneNumbers.toE164("0033612345678"));
    }

    @Test
    void mobilesAreToldFromFixedLines() {
        assertEquals(PhoneNumbers.Line.MOBILE, PhoneNumbers.lineOf("+33612345678"));
        assertEquals(PhoneNumbers.Line.FIXED_LINE, PhoneNumbers.lineOf("+33142345678"));
    }

    @Test
    void aNumberNobodyCanDialIsRefusedWithItsText() {
        var refused = assertThrows(IllegalArgumentException.class, () -> PhoneNumbers.toE164("06 12"));
        assertEquals("not a valid phone number: 06 12", refused.getMessage());
    }
}
