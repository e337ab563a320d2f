package io.relais.channels.boundary;

import io.relais.shared.Channel;

import java.util.UUID;

/**
 * A reply already recorded in the timeline (its interaction), to be sent on its channel: to whom,
 * with which subject and words. The interaction id is the key: a reply is sent once.
 */
public record OutboundMessage(UUID interactionId, UUID conversationId, Channel channel, String to, String subject,
                              String text) {
}
