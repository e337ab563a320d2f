package io.relais.responses.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublicPostLengthTest {

    @Test
    void aWebAddressCountsTwentyThreeWhateverItsLength() {
        assertEquals(23, PublicPostLength.of("https://www.relais-demo.fr/retours/formulaire-de-retour-en-ligne"));
        assertEquals(23, PublicPostLength.of("https://t.co/x"));
        assertEquals("Voir ".length() + 23 + 1, PublicPostLength.of("Voir https://www.relais-demo.fr/aide."));
    }

    @Test
    void charactersAreCountedOnceEvenWhenComposedOfTwoCodePoints() {
        assertEquals(4, PublicPostLength.of("Cafe\u0301"), "e + combining acute is one é after NFC");
        assertEquals(4, PublicPostLength.of("Café"));
    }

    @Test
    void twoAddressesTwoTimesTwentyThree() {
        String post = "Retours : https://www.relais-demo.fr/retours et suivi : www.relais-demo.fr/suivi";
        assertEquals("Retours : ".length() + 23 + " et suivi : ".length() + 23, PublicPostLength.of(post));
    }
}
