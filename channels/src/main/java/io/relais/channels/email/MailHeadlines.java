package io.relais.channels.email;

import jakarta.mail.MessagingException;

/**
 * The sender and subject of a message that could not be read, as far as its headers tell them, so
 * that an administrator recognises it among the mail set aside; nothing when even the headers fail.
 */
record MailHeadlines(String sender, String subject) {

    static MailHeadlines of(byte[] raw) {
        if (raw == null) {
            return new MailHeadlines(null, null);
        }
        try {
            return MailReader.headlines(raw);
        } catch (MessagingException | RuntimeException unreadable) {
            return new MailHeadlines(null, null);
        }
    }
}
