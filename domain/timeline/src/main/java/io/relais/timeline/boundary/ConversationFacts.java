package io.relais.timeline.boundary;

import java.util.UUID;

/**
 * A conversation as routing sees it: what it is about, how urgent, and who the customer is for
 * service commitments (his value tier, absent when unknown) and queues (his language).
 */
public record ConversationFacts(UUID conversationId, UUID customerId, UUID motifId, int priority, boolean active,
                                String valueTier, String preferredLanguage) {
}
