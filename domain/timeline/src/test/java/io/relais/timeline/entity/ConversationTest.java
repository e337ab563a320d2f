package io.relais.timeline.entity;

import io.relais.shared.Channel;
import io.relais.timeline.boundary.ConversationStatus;
import io.relais.timeline.boundary.Direction;
import io.relais.timeline.boundary.InteractionKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationTest {

    private static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");
    private final UUID customer = UUID.randomUUID();

    private Interaction interaction(Conversation c, Channel channel, Direction direction, Instant at, String text) {
        return new Interaction(c.getId(), customer, channel, direction, InteractionKind.MESSAGE, null, at, text);
    }

    @Test
    void theOldestUnansweredMessageSetsTheWaitAndAReplyOnAnyChannelEndsIt() {
        var conversation = new Conversation(customer, null, "Colis", 2, T0);
        conversation.noteInteraction(interaction(conversation, Channel.EMAIL, Direction.INBOUND, T0, "Où est mon colis ?"));
        conversation.noteInteraction(interaction(conversation, Channel.MESSENGER, Direction.INBOUND,
                T0.plusSeconds(3600), "Toujours rien"));

        assertEquals(T0, conversation.getWaitingSince(), "the wait counts from the first unanswered message");
        assertEquals(Channel.MESSENGER, conversation.getLastChannel());
        assertEquals("Toujours rien", conversation.getLastPreview());

        conversation.noteInteraction(interaction(conversation, Channel.EMAIL, Direction.OUTBOUND,
                T0.plusSeconds(7200), "Il arrive demain"));
        assertNull(conversation.getWaitingSince());
        assertEquals(ConversationStatus.WAITING_FOR_CUSTOMER, conversation.getStatus());
    }

    @Test
    void theCustomerWritingAgainReopensAResolvedConversation() {
        var conversation = new Conversation(customer, null, "Facture", 1, T0);
        conversation.moveTo(ConversationStatus.RESOLVED);
        assertFalse(conversation.getStatus().isActive());

        conversation.noteInteraction(interaction(conversation, Channel.SMS, Direction.INBOUND, T0.plusSeconds(60), "Encore moi"));
        assertEquals(ConversationStatus.WAITING_FOR_US, conversation.getStatus());
        assertTrue(conversation.getStatus().isActive());
    }

    @Test
    void aLateArrivingOlderInteractionDoesNotRewindTheSummary() {
        var conversation = new Conversation(customer, null, "Retour", 1, T0);
        conversation.noteInteraction(interaction(conversation, Channel.CHAT, Direction.INBOUND, T0.plusSeconds(600), "récent"));
        conversation.noteInteraction(interaction(conversation, Channel.LETTER, Direction.INBOUND, T0.plusSeconds(60), "ancien"));
        assertEquals("récent", conversation.getLastPreview());
        assertEquals(T0.plusSeconds(600), conversation.getLastActivityAt());
    }

    @Test
    void aNoteChangesNeitherStatusNorWait() {
        var conversation = new Conversation(customer, null, "Note", 1, T0);
        conversation.noteInteraction(interaction(conversation, Channel.EMAIL, Direction.INBOUND, T0, "Bonjour"));
        conversation.noteInteraction(interaction(conversation, Channel.EMAIL, Direction.INTERNAL, T0.plusSeconds(5), "à rappeler"));
        assertEquals(T0, conversation.getWaitingSince());
        assertEquals(ConversationStatus.OPEN, conversation.getStatus());
    }

    @Test
    void previewsAreFlattenedAndCut() {
        assertEquals("a b c", Conversation.preview("a\n  b\tc "));
        String longText = "x".repeat(500);
        String preview = Conversation.preview(longText);
        assertEquals(Conversation.PREVIEW_LENGTH, preview.length());
        assertTrue(preview.endsWith("…"));
        assertNull(Conversation.preview(null));
    }

    @Test
    void aReplayAfterAMoveRebuildsTheSummaryButLeavesTheStatus() {
        var conversation = new Conversation(customer, null, "Colis", 2, T0);
        var question = interaction(conversation, Channel.EMAIL, Direction.INBOUND, T0.plusSeconds(60), "Où est mon colis ?");
        var answer = interaction(conversation, Channel.SMS, Direction.OUTBOUND, T0.plusSeconds(120), "Il arrive demain");
        conversation.noteInteraction(question);
        conversation.noteInteraction(answer);
        conversation.moveTo(ConversationStatus.RESOLVED);

        conversation.replay(List.of(question));
        assertEquals(T0.plusSeconds(60), conversation.getWaitingSince(), "the answer left: he waits again");
        assertEquals(Channel.EMAIL, conversation.getLastChannel());
        assertEquals(ConversationStatus.RESOLVED, conversation.getStatus());

        conversation.replay(List.of());
        assertEquals(T0, conversation.getLastActivityAt());
        assertNull(conversation.getLastPreview());
        assertNull(conversation.getWaitingSince());
    }
}
