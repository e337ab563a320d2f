package io.relais.staff.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHashingTest {

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String stored = PasswordHashing.hash("correct horse battery");
        assertTrue(PasswordHashing.verify("correct horse battery", stored));
        assertFalse(PasswordHashing.verify("correct horse batterY", stored));
        assertFalse(PasswordHashing.verify("", stored));
    }

    @Test
    void hashesAreSaltedAndCarryTheirParameters() {
        String first = PasswordHashing.hash("same password");
        String second = PasswordHashing.hash("same password");
        assertNotEquals(first, second, "two hashes of one password must differ by their salt");
        String[] parts = first.split(":");
        assertEquals(4, parts.length);
        assertEquals("PBKDF2WithHmacSHA512", parts[0]);
        assertEquals(String.valueOf(PasswordHashing.ITERATIONS), parts[1]);
    }

    @Test
    void aHashWithOtherParametersStillVerifies() {
        // hashes made with an older, lower iteration count must keep working after a raise
        String older = "PBKDF2WithHmacSHA256:1024:c2FsdHNhbHRzYWx0c2FsdA==:"
                + "Q1j6f4Tm8uJ0n8C7qj5yQ8Jk3cJbQb8wG8b3oV5z7wI=";
        assertFalse(PasswordHashing.verify("not it", older));
        assertFalse(PasswordHashing.verify("anything", "garbage"));
        assertFalse(PasswordHashing.verify("anything", "PBKDF2WithHmacSHA512:x:y:z"));
    }
}
