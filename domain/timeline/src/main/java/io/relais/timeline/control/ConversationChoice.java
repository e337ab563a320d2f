package io.relais.timeline.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which conversation an inbound message joins. A thread the message belongs to wins; failing that,
 * the customer's only open conversation, if it moved within the window (two or more open ones are
 * ambiguous: an agent sorts it out rather than a guess); otherwise a new conversation.
 */
public final class ConversationChoice {

    /** An open conversation of the sender and when it last moved. */
    public record Candidate(UUID conversationId, Instant lastActivityAt) {
    }

    private ConversationChoice() {
    }

    public static Optional<UUID> choose(Optional<UUID> threadMatch, List<Candidate> openConversations,
                                        Instant receivedAt, Duration window) {
        if (threadMatch.isPresent()) {
            return threadMatch;
        }
        if (openConversations.size() != 1) {
            return Optional.empty();
        }
        Candidate only = openConversations.get(0);
        return only.lastActivityAt().isBefore(receivedAt.minus(window)) ? Optional.empty()
                : Optional.of(only.conversationId());
    }
}
