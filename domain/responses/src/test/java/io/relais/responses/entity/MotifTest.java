package io.relais.responses.entity;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MotifTest {

    @Test
    void labelsFollowTheReaderAndFallBackToFrench() {
        var motif = new Motif("LIVRAISON_RETARD", "Colis en retard", "Late parcel", null);
        assertEquals("Colis en retard", motif.label(Locale.FRENCH));
        assertEquals("Late parcel", motif.label(Locale.UK));
        assertEquals("Colis en retard", motif.label(Locale.GERMAN));
    }
}
