package io.relais.channels.email;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which SMTP failures are permanent: the server's reply code, however deep Jakarta Mail nests it. */
class SmtpReplyCodeTest {

    /** The shape of Jakarta Mail's SMTP exceptions: a reply code beside the server's line. */
    static class SmtpRefusal extends MessagingException {
        private final int code;

        SmtpRefusal(int code, String line) {
            super(line);
            this.code = code;
        }

        public int getReturnCode() {
            return code;
        }
    }

    @Test
    void an_unknown_recipient_nested_in_invalid_addresses_is_550() {
        var sent = new SendFailedException("Invalid Addresses", new SmtpRefusal(550, "550 5.1.1 <x@y>: User unknown"));
        assertEquals(550, EmailSender.smtpReplyCode(sent));
    }

    @Test
    void a_busy_server_is_4xx_and_a_refused_connection_has_no_code() {
        assertEquals(451, EmailSender.smtpReplyCode(new SmtpRefusal(451, "451 4.3.0 try again later")));
        assertEquals(0, EmailSender.smtpReplyCode(new MessagingException("Couldn't connect", new ConnectException())));
    }
}
