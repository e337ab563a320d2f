package io.relais.channels.email;

/** The SMTP server did not take a reply; worth another try. */
public class SendFailedException extends RuntimeException {

    public SendFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
