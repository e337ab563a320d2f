package io.relais.timeline.control;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuotedNumbersTest {

    @Test
    void wordsWithDigitsAreCandidatesInUpperCase() {
        assertEquals(Set.of("C-100042"), QuotedNumbers.candidates("Bonjour, mon numéro client est c-100042, merci."));
    }

    @Test
    void plainWordsAreNot() {
        assertTrue(QuotedNumbers.candidates("Bonjour, je voudrais résilier mon abonnement").isEmpty());
    }
}
