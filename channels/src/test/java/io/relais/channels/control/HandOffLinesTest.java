package io.relais.channels.control;

import io.relais.shared.Channel;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HandOffLinesTest {

    @Test
    void aReplyOnAnotherChannelSaysWhereTheCustomerWroteAndWhereWeAnswer() {
        assertEquals(Optional.of("Suite à votre message sur le chat, nous vous répondons par e-mail."),
                HandOffLines.line(Channel.CHAT, Channel.EMAIL, Locale.FRENCH));
        assertEquals(Optional.of("Following your message by text message, we are answering you by post."),
                HandOffLines.line(Channel.SMS, Channel.LETTER, Locale.ENGLISH));
    }

    @Test
    void noLineOnTheCustomersOwnChannelOrWhenHeNeverWrote() {
        assertEquals(Optional.empty(), HandOffLines.line(Channel.SMS, Channel.SMS, Locale.FRENCH));
        assertEquals(Optional.empty(), HandOffLines.line(null, Channel.EMAIL, Locale.FRENCH));
    }

    @Test
    void theLineIsAddedOnceEvenWhenTheComposerAlreadyShowedIt() {
        String line = "Suite à votre message sur X, nous vous répondons par e-mail.";
        assertEquals(line + " Bonjour Léa.", HandOffLines.opened("Bonjour Léa. ", Channel.X, Channel.EMAIL, Locale.FRENCH));
        assertEquals(line + " Bonjour Léa.", HandOffLines.opened(line + " Bonjour Léa.", Channel.X, Channel.EMAIL,
                Locale.FRENCH));
        assertEquals("Bonjour Léa.", HandOffLines.opened("Bonjour Léa.", Channel.EMAIL, Channel.EMAIL, Locale.FRENCH));
    }

    @Test
    void everyChannelHasItsWordsInBothLanguages() {
        for (Locale language : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
            for (Channel came : Channel.values()) {
                for (Channel by : Channel.values()) {
                    if (came != by) {
                        assertTrue(HandOffLines.line(came, by, language).isPresent());
                    }
                }
            }
        }
    }
}
