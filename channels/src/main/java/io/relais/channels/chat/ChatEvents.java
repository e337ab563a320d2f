package io.relais.channels.chat;

/**
 * What happened to a web chat, fired inside the transaction that changed it and relayed to the
 * sockets only once it committed ({@code ChatRelay}): a line is shown to nobody before it is stored.
 */
public final class ChatEvents {

    private ChatEvents() {
    }

    /** A visitor's line, recorded in the timeline. */
    public record LineRecorded(LiveChatView chat, ChatLine line) {
    }

    /** A chat taken from the queue, transferred, or ended; {@code previousAgent} had it before. */
    public record ChatChanged(LiveChatView chat, String previousAgent) {
    }
}
