package io.relais.timeline.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchKeysTest {

    @Test
    void caseAccentsAndSpacingDoNotMatter() {
        assertEquals("lea moreau", SearchKeys.of("  Léa   MOREAU "));
        assertEquals("zoe andre", SearchKeys.of("Zoé André"));
        assertEquals("francois cedric", SearchKeys.of("François Cédric"));
        assertEquals("", SearchKeys.of(null));
    }
}
