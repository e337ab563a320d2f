package io.relais.channels.control;

import io.relais.channels.boundary.InboundMessage;
import io.relais.shared.Channel;
import io.relais.shared.Refusal;
import io.relais.timeline.boundary.IdentityKind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InboundMessagesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private static InboundMessage message(String providerId, Instant sentAt, byte[] raw, String text) {
        return new InboundMessage(null, Channel.SMS, "gateway", providerId, IdentityKind.PHONE, "+33612345678", null,
                Set.of(), null, text, null, List.of(), sentAt, null, null, "application/json", raw);
    }

    @Test
    void aQueuedMessageHasItsPipelineIdAndItsReceptionTime() {
        InboundMessage queued = InboundMessages.readyToQueue(message(" p-1 ", null, null, "Bonjour"), NOW);
        assertNotNull(queued.pipelineId());
        assertEquals("p-1", queued.providerMessageId());
        assertEquals(NOW, queued.receivedAt());
    }

    @Test
    void withoutAProviderIdTheSamePayloadGetsTheSameIdAndASecondMerciItsOwn() {
        byte[] body = "{\"text\":\"Merci\"}".getBytes(StandardCharsets.UTF_8);
        String first = InboundMessages.readyToQueue(message(null, null, body, "Merci"), NOW).providerMessageId();
        String again = InboundMessages.readyToQueue(message(null, null, body.clone(), "Merci"), NOW).providerMessageId();
        assertEquals(first, again, "a provider sending the same payload twice is recognised");
        assertTrue(first.startsWith("sha256:"));
        Instant sent = Instant.parse("2026-11-23T08:59:00Z");
        assertEquals(InboundMessages.readyToQueue(message(null, sent, null, "Merci"), NOW).providerMessageId(),
                InboundMessages.readyToQueue(message(null, sent, null, "Merci"), NOW).providerMessageId());
        String one = InboundMessages.readyToQueue(message(null, null, null, "Merci"), NOW).providerMessageId();
        String other = InboundMessages.readyToQueue(message(null, null, null, "Merci"), NOW).providerMessageId();
        assertNotEquals(one, other, "with neither payload nor sending time, two \"merci\" are two messages");
    }

    @Test
    void theQueueFormKeepsEveryFieldAndTheRawBytes() {
        byte[] raw = {0, 1, 2, (byte) 0xFF};
        InboundMessage queued = InboundMessages.readyToQueue(message("p-2", NOW, raw, "Allô ?"), NOW);
        InboundMessage read = InboundMessages.fromJson(InboundMessages.toJson(queued));
        assertEquals(queued.pipelineId(), read.pipelineId());
        assertEquals("Allô ?", read.text());
        assertEquals(IdentityKind.PHONE, read.senderKind());
        assertArrayEquals(raw, read.raw());
    }

    @Test
    void messagesThatShareAnEnvelopeComeOutInTheirOrder() {
        InboundMessage first = InboundMessages.readyToQueue(message("p-3", NOW, new byte[]{3}, "Un"), NOW);
        InboundMessage second = InboundMessages.readyToQueue(message("p-4", NOW, null, "Deux"), NOW);
        List<InboundMessage> read = InboundMessages.listFromJson(
                "[" + InboundMessages.toJson(first) + "," + InboundMessages.toJson(second) + "]");
        assertEquals(List.of(first.pipelineId(), second.pipelineId()), read.stream().map(InboundMessage::pipelineId).toList());
        assertEquals("Deux", read.get(1).text());
        assertArrayEquals(new byte[]{3}, read.get(0).raw());
    }

    @Test
    void whatCannotBeRecordedIsRefusedBeforeItIsQueued() {
        assertThrows(Refusal.class,
                () -> InboundMessages.readyToQueue(message("p", null, null, " "), NOW));
        assertThrows(Refusal.class,
                () -> InboundMessages.readyToQueue(message("x".repeat(256), null, null, "a"), NOW));
        var noSender = new InboundMessage(null, Channel.SMS, null, "p", IdentityKind.PHONE, " ", null, Set.of(), null,
                "a", null, List.of(), null, null, null, null, null);
        assertThrows(Refusal.class, () -> InboundMessages.readyToQueue(noSender, NOW));
        var tooBig = message("p", null, new byte[InboundMessages.MAX_RAW_BYTES + 1], "a");
        assertTrue(assertThrows(Refusal.class, () -> InboundMessages.readyToQueue(tooBig, NOW))
                .getMessage().contains("MB"));
    }
}
