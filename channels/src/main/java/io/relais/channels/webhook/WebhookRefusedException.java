package io.relais.channels.webhook;

import jakarta.ejb.ApplicationException;

/** A webhook call that cannot be trusted (signature, time) or is not configured; nothing was queued. */
@ApplicationException(rollback = true)
public class WebhookRefusedException extends RuntimeException {

    public WebhookRefusedException(String message) {
        super(message);
    }
}
