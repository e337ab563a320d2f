package io.relais.channels.webhook;

import jakarta.ejb.ApplicationException;

/** The webhook has no secret configured, so it accepts nothing. */
@ApplicationException(rollback = true)
public class WebhookClosedException extends RuntimeException {

    public WebhookClosedException(String message) {
        super(message);
    }
}
