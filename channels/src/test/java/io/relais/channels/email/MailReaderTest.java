package io.relais.channels.email;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real-world-shaped messages, as French customers' mail clients and mail servers write them. */
class MailReaderTest {

    private static ReadMail read(String raw) throws Exception {
        return MailReader.read(raw.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    private static ReadMail readBytes(byte[] head, byte[] body) throws Exception {
        byte[] raw = new byte[head.length + body.length];
        System.arraycopy(head, 0, raw, 0, head.length);
        System.arraycopy(body, 0, raw, head.length, body.length);
        return MailReader.read(raw);
    }

    @Test
    void quotedPrintableLatin1AndAnEncodedSubject() throws Exception {
        ReadMail mail = read("""
                From: =?ISO-8859-1?Q?H=E9l=E8ne_Lef=E8vre?= <Helene.Lefevre@Exemple.FR>
                To: service-client@demo.relais.io
                Subject: =?ISO-8859-1?Q?R=E9siliation_de_mon_abonnement?=
                Message-ID: <abc123@exemple.fr>
                Date: Mon, 23 Nov 2026 09:15:00 +0100
                MIME-Version: 1.0
                Content-Type: text/plain; charset=ISO-8859-1
                Content-Transfer-Encoding: quoted-printable

                Bonjour,=0AJe souhaite r=E9silier mon abonnement =E0 la fin du mois.=0AH=E9l=E8ne
                """);
        assertEquals("Résiliation de mon abonnement", mail.subject());
        assertEquals("Hélène Lefèvre", mail.fromName());
        assertEquals("helene.lefevre@exemple.fr", mail.fromAddress());
        assertEquals("<abc123@exemple.fr>", mail.messageId());
        assertTrue(mail.text().contains("Je souhaite résilier mon abonnement à la fin du mois."), mail.text());
        assertEquals("2026-11-23T08:15:00Z", mail.sentAt().toString());
        assertFalse(mail.isAutomatic());
    }

    @Test
    void base64Utf8HtmlAlternativeWithAnInlineImageAndAnAttachment() throws Exception {
        String html = java.util.Base64.getMimeEncoder().encodeToString(
                "<p>Colis <b>abîmé</b> <img src=\"cid:photo1@x\"></p>".getBytes(StandardCharsets.UTF_8));
        String pdf = java.util.Base64.getMimeEncoder().encodeToString(new byte[]{1, 2, 3, 4, 5});
        ReadMail mail = read("""
                From: client@exemple.fr
                Subject: =?UTF-8?B?Q29saXMgYWLDrm3DqQ==?=
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: multipart/related; boundary="rel"

                --rel
                Content-Type: multipart/alternative; boundary="alt"

                --alt
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: 8bit

                Colis abÃ®mÃ©
                --alt
                Content-Type: text/html; charset=UTF-8
                Content-Transfer-Encoding: base64

                %s
                --alt--
                --rel
                Content-Type: image/jpeg
                Content-ID: <photo1@x>
                Content-Disposition: inline
                Content-Transfer-Encoding: base64

                /9j/4AAQ
                --rel--
                --outer
                Content-Type: application/pdf; name="facture=E9.pdf"
                Content-Disposition: attachment; filename="=?UTF-8?Q?facture_d=C3=A9cembre.pdf?="
                Content-Transfer-Encoding: base64

                %s
                --outer--
                """.formatted(html, pdf));
        assertEquals("Colis abîmé", mail.subject());
        assertEquals("Colis abîmé", mail.text().strip(), "8-bit UTF-8 bytes read as UTF-8");
        assertTrue(mail.html().contains("<b>abîmé</b>") && mail.html().contains("cid:photo1@x"), mail.html());
        assertEquals(2, mail.attachments().size());
        ReadMail.Attachment image = mail.attachments().get(0);
        assertEquals("photo1@x", image.contentId());
        assertEquals("image/jpeg", image.contentType());
        ReadMail.Attachment invoice = mail.attachments().get(1);
        assertEquals("facture décembre.pdf", invoice.fileName());
        assertArrayEquals(new byte[]{1, 2, 3, 4, 5}, invoice.content());
    }

    @Test
    void aMissingOrWrongCharsetDoesNotLoseTheWords() throws Exception {
        byte[] head = "From: a@b.fr\r\nSubject: x\r\nContent-Type: text/plain\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals("Déjà reçu", readBytes(head, "Déjà reçu".getBytes(StandardCharsets.UTF_8)).text(),
                "no charset, UTF-8 bytes");
        byte[] latin = "From: a@b.fr\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals("Déjà reçu 50 €", readBytes(latin, "Déjà reçu 50 €".getBytes(java.nio.charset.Charset.forName("windows-1252"))).text(),
                "declared UTF-8, Windows-1252 bytes (the euro sign is 0x80)");
        byte[] unknown = "From: a@b.fr\r\nSubject: x\r\nContent-Type: text/plain; charset=x-inconnu\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals("Très bien", readBytes(unknown, "Très bien".getBytes(StandardCharsets.ISO_8859_1)).text(),
                "an unknown charset falls back without losing the message");
    }

    @Test
    void threadKeysAndAReferenceQuotedInTheSubject() throws Exception {
        ReadMail mail = read("""
                From: client@exemple.fr
                Subject: RE: Votre demande [R-3F9A1C2E]
                Message-ID: <reply-2@exemple.fr>
                In-Reply-To: <relais-1@demo.relais.io>
                References: <first@exemple.fr>
                 <relais-1@demo.relais.io>
                Content-Type: text/plain; charset=us-ascii

                Merci.
                """);
        assertEquals(List.of("<first@exemple.fr>", "<relais-1@demo.relais.io>"), mail.references());
        assertEquals("R-3F9A1C2E", mail.quotedReference());
    }

    @Test
    void autoRepliesBouncesAndListsAreRecognised() throws Exception {
        String body = "\nJe suis absent jusqu'au 30.\n";
        assertEquals("Auto-Submitted: auto-replied", read("From: a@b.fr\nSubject: Absent\nAuto-Submitted: auto-replied\n" + body).automatic());
        assertNull(read("From: a@b.fr\nSubject: Bonjour\nAuto-Submitted: no\n" + body).automatic());
        assertEquals("Precedence: bulk", read("From: a@b.fr\nSubject: Lettre\nPrecedence: bulk\n" + body).automatic());
        assertEquals("X-Autoreply: yes", read("From: a@b.fr\nSubject: Absent\nX-Autoreply: yes\n" + body).automatic());
        assertTrue(read("From: MAILER-DAEMON@mx.exemple.fr\nSubject: Undelivered\n" + body).isAutomatic());
        ReadMail bounce = read("""
                From: postmaster@exemple.fr
                Subject: Delivery Status Notification (Failure)
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                Address not found.
                --b
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.exemple.fr
                Final-Recipient: rfc822; inconnu@exemple.fr
                Action: failed
                Status: 5.1.1
                --b--
                """);
        assertEquals("delivery status report", bounce.automatic());
    }

    @Test
    void malformedMimeIsReadAsFarAsItGoes() throws Exception {
        ReadMail mail = read("""
                From: "Client sans guillemet fermant <client@exemple.fr>
                Subject: Bonjour
                Content-Type: multipart/mixed; boundary="jamais"

                Pas de frontière du tout, et pourtant un message.
                """);
        assertEquals("client@exemple.fr", mail.fromAddress());
        assertEquals("Bonjour", mail.subject());
        assertTrue(mail.text().contains("Pas de frontière du tout, et pourtant un message."), mail.text());
    }
}
