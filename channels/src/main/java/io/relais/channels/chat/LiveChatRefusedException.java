package io.relais.channels.chat;

import jakarta.ejb.ApplicationException;

/** What an agent or a visitor asked of a chat cannot be done as it stands; the message says why. */
@ApplicationException(rollback = true)
public class LiveChatRefusedException extends RuntimeException {

    public LiveChatRefusedException(String message) {
        super(message);
    }
}
