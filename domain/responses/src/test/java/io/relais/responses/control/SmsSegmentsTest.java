package io.relais.responses.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.relais.responses.control.SmsSegments.Encoding.GSM_7;
import static io.relais.responses.control.SmsSegments.Encoding.UCS_2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmsSegmentsTest {

    @ParameterizedTest(name = "{0} × \"{1}\" → {2}, {3} characters, {4} segment(s)")
    @CsvSource({
            // The published limits: 160 / 153 septets, 70 / 67 UTF-16 units.
            "160, a, GSM_7, 160, 1",
            "161, a, GSM_7, 161, 2",
            "306, a, GSM_7, 306, 2",
            "307, a, GSM_7, 307, 3",
            "459, a, GSM_7, 459, 3",
            "460, a, GSM_7, 460, 4",
            "70, ê, UCS_2, 70, 1",
            "71, ê, UCS_2, 71, 2",
            "134, ç, UCS_2, 134, 2",
            "135, ç, UCS_2, 135, 3",
            // The euro sign is in the extension table: two septets each.
            "80, €, GSM_7, 160, 1",
            "81, €, GSM_7, 162, 2",
    })
    void countsSegmentsAsOperatorsBillThem(int times, String character, SmsSegments.Encoding encoding,
                                           int length, int segments) {
        var count = SmsSegments.count(character.repeat(times));
        assertEquals(encoding, count.encoding());
        assertEquals(length, count.length());
        assertEquals(segments, count.segments());
    }

    @Test
    void frenchAccentsInTheGsmSetKeepSevenBits() {
        var count = SmsSegments.count("Votre colis a été expédié à Orléans, où il arrivera après-demain. Ça marche ?");
        assertEquals(GSM_7, count.encoding(), "é, è, à, ù and Ç are in GSM 03.38");
    }

    @Test
    void oneCharacterOutsideTheSetSwitchesTheWholeMessageToUcs2() {
        for (String outsider : new String[] {"ç", "ê", "î", "ô", "û", "â", "œ", "’", "«", "\u00a0", "Ê", "À"}) {
            var count = SmsSegments.count("Votre commande est prete " + outsider);
            assertEquals(UCS_2, count.encoding(), outsider);
            assertTrue(count.charactersOutsideGsm().contains(outsider), outsider);
        }
    }

    @Test
    void anEscapedCharacterIsNeverCutBetweenTwoSegments() {
        // 152 septets then "€" (2): it cannot sit in the first segment's last septet.
        var count = SmsSegments.count("a".repeat(152) + "€" + "a".repeat(10));
        assertEquals(164, count.length());
        assertEquals(2, count.segments());
        var tight = SmsSegments.count("a".repeat(152) + "€" + "a".repeat(152));
        assertEquals(306, tight.length(), "306 septets would fit in two segments of 153");
        assertEquals(3, tight.segments(), "but the euro sign moves to segment 2 (2 + 151), and the last septet to a third");
    }

    @Test
    void anEmojiTakesTwoUnitsAndIsNotSplit() {
        var count = SmsSegments.count("a".repeat(66) + "😀" + "a");
        assertEquals(UCS_2, count.encoding());
        assertEquals(69, count.length());
        assertEquals(1, count.segments());
        assertEquals(2, SmsSegments.count("a".repeat(66) + "😀".repeat(3)).segments());
    }

    @Test
    void theEscapeCodeItselfIsNotAPrintableCharacter() {
        assertFalse(SmsSegments.isGsm(0x1B));
        assertTrue(SmsSegments.isGsm('@'));
        assertTrue(SmsSegments.isGsm('{'));
    }
}
