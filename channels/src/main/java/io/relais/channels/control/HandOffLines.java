package io.relais.channels.control;

import io.relais.shared.Channel;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The line that opens a reply sent on another channel than the one the customer wrote on ("Suite à
 * votre message sur le chat, nous vous répondons par e-mail."), in the customer's language, so that
 * he knows why the answer reaches him somewhere else.
 */
public final class HandOffLines {

    private static final String BUNDLE = "io.relais.channels.handoff";

    private HandOffLines() {
    }

    /** The line, when {@code by} is not the channel the customer {@code came} on. */
    public static Optional<String> line(Channel came, Channel by, Locale customer) {
        if (came == null || came == by) {
            return Optional.empty();
        }
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, customer, HandOffLines.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return Optional.of(new MessageFormat(words.getString("line"), customer)
                .format(new Object[] {words.getString("on." + came.name()), words.getString("by." + by.name())}));
    }

    /** The reply opening with the line, unless it does already (the composer shows it as it will go). */
    public static String opened(String text, Channel came, Channel by, Locale customer) {
        String words = text == null ? "" : text.strip();
        return line(came, by, customer)
                .filter(line -> !words.startsWith(line))
                .map(line -> line + " " + words)
                .orElse(words);
    }
}
