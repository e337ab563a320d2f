package io.relais.channels.chat;

import jakarta.ejb.ApplicationException;

/**
 * What an agent or a visitor asked of a chat cannot be done as it stands; the message says why.
 * It is thrown before anything changes, so there is nothing to roll back.
 */
@ApplicationException(rollback = false)
public class LiveChatRefusedException extends RuntimeException {

    public LiveChatRefusedException(String message) {
        super(message);
    }
}
