package io.relais.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessagesTest {

    @Test
    void agesReadNaturallyInFrenchAndEnglish() {
        assertEquals("à l'instant", Messages.describeAge(Locale.FRENCH, Duration.ofSeconds(20)));
        assertEquals("12 min", Messages.describeAge(Locale.FRENCH, Duration.ofMinutes(12)));
        assertEquals("3 h", Messages.describeAge(Locale.FRENCH, Duration.ofMinutes(200)));
        assertEquals("2 j", Messages.describeAge(Locale.FRENCH, Duration.ofHours(50)));
        assertEquals("2 d", Messages.describeAge(Locale.ENGLISH, Duration.ofHours(50)));
        assertEquals("just now", Messages.describeAge(Locale.ENGLISH, Duration.ofSeconds(-5)));
    }

    @Test
    void everyFrenchTextHasAnEnglishTranslationAndTheReverse() throws IOException {
        Properties french = load("messages_fr.properties");
        Properties english = load("messages_en.properties");
        assertEquals(french.keySet(), english.keySet());
        assertEquals(french, load("messages.properties"), "the base bundle is the French one");
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/io/relais/web/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
