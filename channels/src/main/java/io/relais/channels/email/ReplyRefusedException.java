package io.relais.channels.email;

/** A reply that no retry can send (no mailbox, a bad address); the message says why. */
public class ReplyRefusedException extends RuntimeException {

    public ReplyRefusedException(String message) {
        super(message);
    }
}
