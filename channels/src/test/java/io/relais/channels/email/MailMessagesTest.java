package io.relais.channels.email;

import io.relais.channels.boundary.InboundMessage;
import io.relais.shared.Channel;
import io.relais.timeline.boundary.IdentityKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailMessagesTest {

    private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void aReplyCarriesEveryMessageIdOfItsThreadAndTheQuotedReference() {
        var mail = new ReadMail("<3@x.fr>", List.of("<1@x.fr>", "<2@relais.fr>"), "R-3F9A1C2E", "lea@x.fr", "Léa",
                "Re: Colis [R-3F9A1C2E]", AT, "Toujours rien.", null, List.of(), null);
        InboundMessage message = MailMessages.inbound(mail, new byte[]{1}, "support@relais.fr", AT);
        assertEquals(Set.of("mail:<3@x.fr>", "mail:<1@x.fr>", "mail:<2@relais.fr>", "ref:R-3F9A1C2E"), message.threadKeys());
        assertEquals(Channel.EMAIL, message.channel());
        assertEquals(IdentityKind.EMAIL, message.senderKind());
        assertEquals("support@relais.fr lea@x.fr <3@x.fr>", message.providerMessageId());
        assertEquals("support@relais.fr", message.endpoint());
    }

    @Test
    void inlineImagesPointAtTheirStoredCopyAndGetANameWhenTheyHaveNone() {
        var image = new ReadMail.Attachment(null, "image/png", 3, "logo@x", new byte[]{1, 2, 3});
        var pdf = new ReadMail.Attachment("facture.pdf", "application/pdf", 2, null, new byte[]{4, 5});
        var mail = new ReadMail("<4@x.fr>", List.of(), null, "bruno@x.fr", null, "Facture", AT, null,
                "<p><img src=\"cid:logo@x\"></p>", List.of(image, pdf), null);
        InboundMessage message = MailMessages.inbound(mail, null, "support@relais.fr", AT);
        var stored = message.attachments().get(0);
        assertEquals("image-1.png", stored.fileName());
        assertEquals("facture.pdf", message.attachments().get(1).fileName());
        assertTrue(stored.storageRef().startsWith("attachment:"));
        assertEquals("<p><img src=\"cid:" + stored.storageRef().substring("attachment:".length()) + "\"></p>", message.html());
        assertNull(message.text(), "the timeline takes the words from the HTML");
    }

    @Test
    void aMessageTooLargeToImportIsRecordedFromItsHeadersWithANote() {
        var headers = new ReadMail("<5@x.fr>", List.of(), null, "claire@x.fr", null, "Photos", AT, null, null, List.of(), null);
        InboundMessage message = MailMessages.tooLarge(headers, 40L * 1024 * 1024, "support@relais.fr", AT);
        assertTrue(message.text().contains("40 Mo") && message.text().contains("support@relais.fr"), message.text());
        assertEquals("Photos", message.subject());
        assertNull(message.raw());
    }

    @Test
    void anAutomaticReplyIsMarkedSoThatNothingAnswersIt() {
        var mail = new ReadMail("<6@x.fr>", List.of(), null, "absent@x.fr", null, "Absence", AT, "Je suis absent.", null,
                List.of(), "Auto-Submitted: auto-replied");
        assertEquals("Auto-Submitted: auto-replied", MailMessages.inbound(mail, null, "s@r.fr", AT).automaticReason());
    }

    @Test
    void a_copy_is_the_same_mailbox_sender_and_message_id_together() {
        String lea = MailMessages.copyKey("Support@Relais.fr", "lea@x.fr", "<5@x.fr>");
        assertEquals(lea, MailMessages.copyKey("support@relais.fr", "lea@x.fr", "<5@x.fr>"), "the same message read again");
        assertNotEquals(lea, MailMessages.copyKey("support@relais.fr", "spam@y.fr", "<5@x.fr>"),
                "another sender reusing the Message-ID");
        assertNotEquals(lea, MailMessages.copyKey("ventes@relais.fr", "lea@x.fr", "<5@x.fr>"), "another mailbox");
        String long_ = MailMessages.copyKey("support@relais.fr", "lea@x.fr", "<" + "a".repeat(400) + "@x.fr>");
        assertTrue(long_.startsWith("mail-sha256:") && long_.length() <= 255, long_);
        assertNull(MailMessages.copyKey("support@relais.fr", "lea@x.fr", null), "the pipeline derives one from the bytes");
    }

    @Test
    void a_thread_key_too_long_to_keep_is_left_out_and_an_impossible_sender_is_unknown() {
        String huge = "<" + "b".repeat(600) + "@x.fr>";
        var mail = new ReadMail(huge, List.of("<1@x.fr>"), null, "x".repeat(400) + "@x.fr", null, "Bonjour", AT,
                "Bonjour.", null, List.of(), null);
        InboundMessage message = MailMessages.inbound(mail, null, "support@relais.fr", AT);
        assertEquals(Set.of("mail:<1@x.fr>"), message.threadKeys());
        assertEquals(MailMessages.UNKNOWN_SENDER, message.senderAddress());
    }
}
