package io.relais.timeline.boundary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything Relais holds about a customer, as given to him on request (RGPD article 15 and 20):
 * profile (with identities, consents and merges), conversations, every interaction, and the
 * earlier exports and erasures.
 */
public record CustomerExport(Instant exportedAt, CustomerSummary profile, List<ConversationRecord> conversations,
                             List<TimelineEntry> interactions, List<PrivacyRecord> privacyLog) {

    public record ConversationRecord(UUID conversationId, String subject, UUID motifId, String status, int priority,
                                     Instant openedAt, Instant lastActivityAt) {
    }

    public record PrivacyRecord(String action, String actor, String reason, Instant doneAt) {
    }
}
