package io.relais.timeline.boundary;

import io.relais.shared.Channel;

import java.util.UUID;

/**
 * What a reply needs to know of its conversation: whose it is, its reference, its motif, and the
 * channel and text of the customer's last message (to answer there, and to suggest answers), and
 * the language he prefers (two letters, {@code fr} unless known), and his first and last names when
 * his display name is a person's name (null otherwise: a reply asks the agent for them).
 */
public record ConversationHeader(UUID conversationId, String reference, UUID customerId, String customerName,
                                 String subject, UUID motifId, ConversationStatus status, Channel lastInboundChannel,
                                 String lastInboundText, String customerLanguage, String customerFirstName,
                                 String customerLastName) {

    /** What the customer asked, in words: the last message and the conversation's subject. */
    public String lastRequest() {
        return ((lastInboundText == null ? "" : lastInboundText) + " " + (subject == null ? "" : subject)).strip();
    }
}
