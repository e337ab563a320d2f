package io.relais.channels.boundary;

import io.relais.shared.Channel;

import java.util.UUID;

/**
 * A reply already recorded in the timeline (its interaction), to be sent on its channel: to whom,
 * with which subject and words. The interaction id is the key: a reply is sent once.
 * {@code ownSubject} keeps an email's subject as it is (a transcript is not an answer: no "Re:").
 */
public record OutboundMessage(UUID interactionId, UUID conversationId, Channel channel, String to, String subject,
                              String text, boolean ownSubject) {
}
