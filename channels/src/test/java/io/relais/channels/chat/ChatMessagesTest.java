package io.relais.channels.chat;

import io.relais.channels.boundary.InboundMessage;
import io.relais.shared.Refusal;
import io.relais.timeline.boundary.IdentityKind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChatMessagesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private static String token(String secret, String json) {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        return payload + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(VisitorTokens.sign(secret, payload));
    }

    @Test
    void aLineIsKeyedByItsVisitorAndItsOwnIdSoThatACopyIsRecognised() {
        var visitor = new ChatVisitor("v0123456789", "Zoé", "zoe@exemple.fr", false);
        InboundMessage line = ChatMessages.inbound("boutique", visitor, "l1", "  Bonjour  ", NOW);
        assertEquals("chat:v0123456789:l1", line.providerMessageId());
        assertEquals(IdentityKind.WEBCHAT_VISITOR, line.senderKind(), "an email typed in the form proves nothing");
        assertEquals("v0123456789", line.senderAddress());
        assertEquals("Zoé", line.senderName());
        assertEquals(Set.of("chat:v0123456789"), line.threadKeys());
        assertEquals("Bonjour", line.text());
        assertEquals("boutique", line.endpoint());
    }

    @Test
    void aVisitorTheSiteVouchesForWritesAsHisEmail() {
        String json = "{\"sub\":\"client-4242\",\"name\":\"Léa\",\"email\":\"lea@exemple.fr\",\"exp\":" + (NOW.getEpochSecond() + 60) + "}";
        ChatVisitor visitor = VisitorTokens.verify(token("site-secret", json), "site-secret", NOW);
        assertTrue(visitor.verified());
        InboundMessage line = ChatMessages.inbound("boutique", visitor, "l1", "Bonjour", NOW);
        assertEquals(IdentityKind.EMAIL, line.senderKind());
        assertEquals("lea@exemple.fr", line.senderAddress());
    }

    @Test
    void forgedExpiredOrMalformedTokensAreRefused() {
        String json = "{\"sub\":\"client-4242\",\"email\":\"lea@exemple.fr\",\"exp\":" + (NOW.getEpochSecond() + 60) + "}";
        assertThrows(Refusal.class, () -> VisitorTokens.verify(token("other", json), "site-secret", NOW));
        String expired = "{\"sub\":\"client-4242\",\"exp\":" + (NOW.getEpochSecond() - 1) + "}";
        var e = assertThrows(Refusal.class,
                () -> VisitorTokens.verify(token("site-secret", expired), "site-secret", NOW));
        assertTrue(e.getMessage().contains("expired"));
        assertThrows(Refusal.class, () -> VisitorTokens.verify("sans-point", "site-secret", NOW));
        assertThrows(Refusal.class, () -> VisitorTokens.verify("a.%%%", "site-secret", NOW));
    }

    @Test
    void badLinesAreRefusedWithTheReason() {
        var visitor = new ChatVisitor("v0123456789", null, null, false);
        assertThrows(Refusal.class, () -> ChatMessages.inbound("s", visitor, "l1", " ", NOW));
        assertThrows(Refusal.class, () -> ChatMessages.inbound("s", visitor, "l 1", "x", NOW));
        var tooLong = assertThrows(Refusal.class,
                () -> ChatMessages.inbound("s", visitor, "l1", "a".repeat(4_001), NOW));
        assertTrue(tooLong.getMessage().contains("4000"));
        assertThrows(Refusal.class,
                () -> ChatMessages.inbound("s", new ChatVisitor("court", null, null, false), "l1", "x", NOW));
    }

    @Test
    void aRequestLeftWhileNoAgentIsThereIsAnsweredAtTheAddressGivenOutsideTheQueue() {
        var visitor = new ChatVisitor("v0123456789", "Hugo", null, false);
        InboundMessage callback = ChatMessages.left("boutique", visitor, "c1", true, "06 12 34 56 78", "demain matin",
                "Ma box ne marche plus", NOW);
        assertEquals(IdentityKind.PHONE, callback.senderKind());
        assertEquals("+33612345678", callback.senderAddress());
        assertEquals("Rappel demandé au +33612345678 (demain matin)", callback.subject());
        assertEquals(Set.of(), callback.threadKeys(), "a request of its own, not a line of the chat");
        assertFalse(ChatMessages.isLiveLine(callback), "it does not wait in the chat queue");
        assertTrue(ChatMessages.isLiveLine(ChatMessages.inbound("boutique", visitor, "l1", "Bonjour", NOW)));

        InboundMessage byEmail = ChatMessages.left("boutique", visitor, "c2", false, " hugo@exemple.fr ", null,
                "Répondez-moi par e-mail", NOW);
        assertEquals(IdentityKind.EMAIL, byEmail.senderKind());
        assertEquals("hugo@exemple.fr", byEmail.senderAddress());
        assertEquals("Répondez-moi par e-mail", byEmail.text());

        assertTrue(assertThrows(Refusal.class, () -> ChatMessages.left("boutique", visitor, "c3",
                true, "12", null, "", NOW)).getMessage().contains("phone"));
        assertTrue(assertThrows(Refusal.class, () -> ChatMessages.left("boutique", visitor, "c4",
                false, "hugo@", null, "Bonjour", NOW)).getMessage().contains("email"));
        assertTrue(assertThrows(Refusal.class, () -> ChatMessages.left("boutique", visitor, "c5",
                false, "hugo@exemple.fr", null, " ", NOW)).getMessage().contains("words"));
    }
}
