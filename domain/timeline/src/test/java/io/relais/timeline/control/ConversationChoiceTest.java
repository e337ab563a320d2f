package io.relais.timeline.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationChoiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(72);

    private static ConversationChoice.Candidate open(Duration ago) {
        return new ConversationChoice.Candidate(UUID.randomUUID(), NOW.minus(ago));
    }

    @Test
    void aKnownThreadWinsOverEverythingElse() {
        UUID thread = UUID.randomUUID();
        assertEquals(Optional.of(thread), ConversationChoice.choose(Optional.of(thread),
                List.of(open(Duration.ofHours(1))), NOW, WINDOW));
    }

    @Test
    void theOnlyOpenConversationTakesTheMessageWithinTheWindow() {
        var recent = open(Duration.ofHours(71));
        assertEquals(Optional.of(recent.conversationId()),
                ConversationChoice.choose(Optional.empty(), List.of(recent), NOW, WINDOW));
        assertTrue(ConversationChoice.choose(Optional.empty(), List.of(open(Duration.ofHours(73))), NOW, WINDOW).isEmpty(),
                "past the window the message opens a new conversation");
    }

    @Test
    void twoOpenConversationsAreNotGuessedBetween() {
        assertTrue(ConversationChoice.choose(Optional.empty(),
                List.of(open(Duration.ofHours(1)), open(Duration.ofHours(2))), NOW, WINDOW).isEmpty());
        assertTrue(ConversationChoice.choose(Optional.empty(), List.of(), NOW, WINDOW).isEmpty());
    }
}
