package io.relais.timeline.boundary;

import io.relais.shared.Channel;
import io.relais.timeline.entity.AgeBand;
import io.relais.timeline.entity.ConversationStatus;
import io.relais.timeline.entity.CustomerType;
import io.relais.timeline.entity.IdentityKind;
import io.relais.timeline.entity.ValueTier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an agent must know before answering, so that the customer never repeats himself: who he
 * is on each channel, what is still open, and when he last reached us on each channel.
 */
public record CustomerSummary(UUID customerId, String displayName, String preferredLanguage, Segments segments,
                              Map<Channel, Boolean> consents, List<Identity> identities,
                              List<OpenConversation> openConversations, Map<Channel, Instant> lastContactPerChannel) {

    /** Null fields are not known. */
    public record Segments(CustomerType customerType, AgeBand ageBand, ValueTier valueTier, String region) {
    }

    public record Identity(IdentityKind kind, String value) {
    }

    public record OpenConversation(UUID conversationId, String subject, UUID motifId, ConversationStatus status,
                                   Channel lastChannel, Instant lastActivityAt, Instant waitingSince) {
    }
}
