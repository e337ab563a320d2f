package io.relais.staff.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenHashingTest {

    @Test
    void tokensAreLongRandomAndRecognisable() {
        String first = TokenHashing.newToken();
        String second = TokenHashing.newToken();
        assertTrue(first.startsWith(TokenHashing.PREFIX));
        assertTrue(first.length() >= 40, first);
        assertNotEquals(first, second);
    }

    @Test
    void theHashIsStableHexSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenHashing.hash("abc"));
        String token = TokenHashing.newToken();
        assertEquals(TokenHashing.hash(token), TokenHashing.hash(token));
    }
}
