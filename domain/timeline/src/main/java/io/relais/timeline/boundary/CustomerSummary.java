package io.relais.timeline.boundary;

import io.relais.shared.Channel;
import io.relais.timeline.entity.ConversationStatus;
import io.relais.timeline.entity.IdentityKind;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an agent must know before answering, so that the customer never repeats himself: who he
 * is on each channel, what is still open, and when he last reached us on each channel.
 */
public record CustomerSummary(UUID customerId, String displayName, String preferredLanguage,
                              List<Identity> identities, List<OpenConversation> openConversations,
                              Map<Channel, Instant> lastContactPerChannel) {

    public record Identity(IdentityKind kind, String value) {
    }

    public record OpenConversation(UUID conversationId, String subject, UUID motifId, ConversationStatus status,
                                   Channel lastChannel, Instant lastActivityAt, Instant waitingSince) {
    }
}
