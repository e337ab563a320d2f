package io.relais.staff.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedPasswordsTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void a_password_verified_a_moment_ago_is_recalled_for_a_short_while_only() {
        var passwords = new VerifiedPasswords();
        passwords.remember("camille", "un long secret", "hash-1", NOW);

        assertTrue(passwords.recall("camille", "un long secret", "hash-1", NOW.plusSeconds(60)));
        assertFalse(passwords.recall("camille", "un long secret", "hash-1",
                NOW.plus(VerifiedPasswords.REMEMBERED)), "then the hash is computed again");
    }

    @Test
    void another_password_another_name_or_a_changed_password_is_not_recalled() {
        var passwords = new VerifiedPasswords();
        passwords.remember("camille", "un long secret", "hash-1", NOW);

        assertFalse(passwords.recall("camille", "un autre secret", "hash-1", NOW));
        assertFalse(passwords.recall("julien", "un long secret", "hash-1", NOW));
        assertFalse(passwords.recall("camille", "un long secret", "hash-2", NOW),
                "the password changed since (here or on another node): the stored hash is not the one verified");
    }

    @Test
    void a_flood_of_names_keeps_the_memory_bounded_expired_entries_going_first() {
        var passwords = new VerifiedPasswords();
        for (int i = 0; i < VerifiedPasswords.MAX_ENTRIES; i++) {
            passwords.remember("robot" + i, "secret", "hash", NOW);
        }
        assertEquals(VerifiedPasswords.MAX_ENTRIES, passwords.size());
        passwords.remember("late", "secret", "hash", NOW.plus(VerifiedPasswords.REMEMBERED));
        assertEquals(1, passwords.size(), "the expired ones made room");
        assertTrue(passwords.recall("late", "secret", "hash", NOW.plus(VerifiedPasswords.REMEMBERED)));
        for (int i = 0; i < VerifiedPasswords.MAX_ENTRIES + 5; i++) {
            passwords.remember("again" + i, "secret", "hash", NOW);
        }
        assertTrue(passwords.size() <= VerifiedPasswords.MAX_ENTRIES, "never more than " + VerifiedPasswords.MAX_ENTRIES);
    }
}
