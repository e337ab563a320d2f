package io.relais.channels.boundary;

import io.relais.shared.Channel;

import java.util.UUID;

/**
 * A reply as an agent wrote it, from whichever door (the composer, the chat console, the API):
 * the conversation, the channel to answer on, the subject (email), the words, who wrote it, and the
 * library variant it started from, if any, whose use is then counted.
 */
public record ReplyDraft(UUID conversationId, Channel channel, String subject, String text, String author,
                         UUID insertedVariant) {
}
