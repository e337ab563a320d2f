package io.relais.timeline.control;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersonNamesTest {

    @Test
    void a_persons_name_gives_a_first_and_a_last_name() {
        assertEquals(Optional.of(new PersonNames.Names("Léa", "Martin")), PersonNames.of("Léa Martin"));
        assertEquals(Optional.of(new PersonNames.Names("Marie-Anne", "de La Tour")), PersonNames.of(" Marie-Anne de La Tour "));
        assertEquals(Optional.of(new PersonNames.Names("Hugo", null)), PersonNames.of("Hugo"));
    }

    @Test
    void how_he_wrote_or_a_visitors_placeholder_gives_no_name() {
        assertEquals(Optional.empty(), PersonNames.of("lea.martin@exemple.fr"));
        assertEquals(Optional.empty(), PersonNames.of("+33612345678"));
        assertEquals(Optional.empty(), PersonNames.of("v6ef25a1c"));
        assertEquals(Optional.empty(), PersonNames.of("Visiteur"));
        assertEquals(Optional.empty(), PersonNames.of(" "));
        assertEquals(Optional.empty(), PersonNames.of(null));
    }
}
