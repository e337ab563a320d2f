package io.relais.shared;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RefusalTest {

    private static Refusal tooLong() {
        return new Refusal(Refusal.Kind.INVALID, Reason.of("io.relais.shared.sample-refusals",
                RefusalTest.class.getClassLoader(), "TOO_LONG", 100000), Map.of("limit", 100000));
    }

    @Test
    void english_for_the_api_and_the_readers_language_for_a_page() {
        Refusal refused = tooLong();
        assertEquals("the text has more than 100000 characters", refused.getMessage());
        assertEquals("Le texte compte plus de 100000 caractères.", refused.message(Locale.FRENCH));
        assertEquals(Refusal.Kind.INVALID, refused.kind());
        assertEquals(100000, refused.details().get("limit"));
    }

    @Test
    void across_a_serialization_the_english_words_travel() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(tooLong());
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Refusal received = (Refusal) in.readObject();
            assertEquals("the text has more than 100000 characters", received.getMessage());
            assertEquals(received.getMessage(), received.message(Locale.FRENCH), "no bundle any more: English");
            assertEquals(Refusal.Kind.INVALID, received.kind());
            assertEquals(Map.of(), received.details());
        }
    }
}
