package io.relais.timeline.boundary;

import io.relais.shared.Channel;
import io.relais.shared.PhoneNumbers;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an agent must know before answering, so that the customer never repeats himself: who he
 * is on each channel, what is still open and promised, and when he last reached us on each
 * channel. {@code mergedInto} is set when this record was merged into another customer, who
 * now holds everything.
 */
public record CustomerSummary(UUID customerId, String displayName, String preferredLanguage, Segments segments,
                              Map<Channel, Boolean> consents, List<Identity> identities,
                              List<OpenConversation> openConversations, List<OpenPromise> openPromises,
                              Map<Channel, Instant> lastContactPerChannel, List<MergeRecord> merges,
                              UUID mergedInto) {

    /** The channels he has used, in the order agents see them. */
    public List<Channel> channelsUsed() {
        return lastContactPerChannel.keySet().stream().sorted().toList();
    }

    /** Null fields are not known. */
    public record Segments(CustomerType customerType, AgeBand ageBand, ValueTier valueTier, String region) {
    }

    /** {@code valid} is false for a value kept as it came because it could not be read; {@code line} is for phones. */
    public record Identity(IdentityKind kind, String value, boolean valid, PhoneNumbers.Line line) {
    }

    public record OpenPromise(UUID interactionId, UUID conversationId, String promised, Instant dueAt, String promisedBy) {
    }

    public record OpenConversation(UUID conversationId, String subject, UUID motifId, ConversationStatus status,
                                   Channel lastChannel, Instant lastActivityAt, Instant waitingSince) {
    }
}
