package io.relais.timeline.boundary;

import io.relais.shared.Channel;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything Relais holds about a customer, as given to him on request (RGPD article 15 and 20):
 * profile, identities, consents, conversations, every interaction, merges, and the earlier
 * exports and erasures.
 */
public record CustomerExport(Instant exportedAt, CustomerSummary profile, Map<Channel, Boolean> consents,
                             List<ConversationRecord> conversations, List<TimelineEntry> interactions,
                             List<MergeRecord> merges, List<PrivacyRecord> privacyLog) {

    public record ConversationRecord(UUID conversationId, String subject, UUID motifId, String status, int priority,
                                     Instant openedAt, Instant lastActivityAt) {
    }

    public record PrivacyRecord(String action, String actor, String reason, Instant doneAt) {
    }
}
