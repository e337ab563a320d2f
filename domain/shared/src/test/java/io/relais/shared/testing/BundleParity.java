package io.relais.shared.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The check every module's bundles pass (shared through this module's test jar): the French base
 * file and its English twin hold the same keys, each with the same number of arguments, so that no
 * reader ever meets a key instead of a sentence.
 */
public final class BundleParity {

    private BundleParity() {
    }

    /**
     * @param path the base file on the class path, e.g. {@code /io/relais/timeline/refusals.properties};
     *             its twin is the same name ending in {@code _en}
     * @return the keys, for further checks (every word of an enum written, say)
     */
    public static Set<String> assertBothLanguagesAlike(String path) {
        Properties french = load(path);
        Properties english = load(path.replace(".properties", "_en.properties"));
        assertEquals(new TreeSet<>(french.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()),
                path + ": the same keys in French and in English");
        for (String key : french.stringPropertyNames()) {
            assertEquals(new MessageFormat(french.getProperty(key)).getFormats().length,
                    new MessageFormat(english.getProperty(key)).getFormats().length, path + ": arguments of " + key);
        }
        return french.stringPropertyNames();
    }

    private static Properties load(String path) {
        Properties properties = new Properties();
        try (InputStream in = BundleParity.class.getResourceAsStream(path)) {
            assertNotNull(in, path + " is on the class path");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + path, e);
        }
        return properties;
    }
}
