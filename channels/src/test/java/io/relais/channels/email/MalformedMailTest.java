package io.relais.channels.email;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Messages as real mail software breaks them, each shape seen in a public corpus of raw mail where it
 * stopped a mailbox: each is read for what it says, never refused.
 */
class MalformedMailTest {

    private static ReadMail read(String raw) throws Exception {
        return MailReader.read(raw.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    private static ReadMail read(String head, Charset headCharset, String body, Charset bodyCharset) throws Exception {
        var raw = new ByteArrayOutputStream();
        raw.write(head.replace("\n", "\r\n").getBytes(headCharset));
        raw.write(body.replace("\n", "\r\n").getBytes(bodyCharset));
        return MailReader.read(raw.toByteArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"7-bit", "plain", "8bits", "8-bit", "text", "none"})
    void a_transfer_encoding_nobody_registered_is_read_as_no_encoding(String encoding) throws Exception {
        ReadMail mail = read("""
                From: client@exemple.fr
                Subject: Commande 4512
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: %s

                Ma commande n'est pas arrivée.
                """.formatted(encoding));
        assertEquals("Ma commande n'est pas arrivée.", mail.text().strip());
    }

    @Test
    void a_misspelt_quoted_printable_is_decoded_as_what_it_means() throws Exception {
        ReadMail mail = read("""
                From: client@exemple.fr
                Subject: Facture
                Content-Type: text/plain; charset=ISO-8859-1
                Content-Transfer-Encoding: Quoted_Printable

                Je souhaite r=E9silier.
                """);
        assertEquals("Je souhaite résilier.", mail.text().strip());
    }

    @Test
    void a_uuencoded_body_without_its_begin_line_is_kept_as_it_came() throws Exception {
        ReadMail mail = read("""
                From: client@exemple.fr
                Subject: Ancien logiciel
                Content-Type: text/plain
                Content-Transfer-Encoding: x-uuencode

                Bonjour, voici ma demande de remboursement.
                """);
        assertTrue(mail.text().contains("voici ma demande de remboursement"), mail.text());
    }

    @Test
    void an_unparsable_disposition_still_makes_an_attachment_with_its_name() throws Exception {
        String pdf = Base64.getMimeEncoder().encodeToString(new byte[]{37, 80, 68, 70});
        ReadMail mail = read("""
                From: client@exemple.fr
                Subject: Devis
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b1"

                --b1
                Content-Type: text/plain; charset=utf-8

                Le devis signé.
                --b1
                Content-Type: application/pdf
                Content-Disposition: attachment; filename="devis signé.pdf; size=@@4
                Content-Transfer-Encoding: base64

                %s
                --b1--
                """.formatted(pdf));
        assertEquals(1, mail.attachments().size());
        assertEquals("devis signé.pdf", mail.attachments().get(0).fileName());
        assertArrayEquals(new byte[]{37, 80, 68, 70}, mail.attachments().get(0).content());
        assertEquals("Le devis signé.", mail.text().strip());
    }

    @Test
    void a_content_type_with_broken_parameters_still_has_its_parts_and_a_nameless_disposition_its_file()
            throws Exception {
        String pdf = Base64.getMimeEncoder().encodeToString(new byte[]{1, 2, 3});
        ReadMail mail = read("""
                From: client@exemple.fr
                Subject: Justificatif
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="b2"; report=@@@
                Content-Transfer-Encoding: 8bits

                --b2
                Content-Type: text/plain; charset=utf-8

                Voici le justificatif.
                --b2
                Content-Type: application/pdf; name="justificatif.pdf"
                Content-Transfer-Encoding: base64

                %s
                --b2--
                """.formatted(pdf));
        assertEquals("Voici le justificatif.", mail.text().strip());
        assertEquals(1, mail.attachments().size(), "the PDF is an attachment, not base64 text");
        assertEquals("justificatif.pdf", mail.attachments().get(0).fileName());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "From: \"Dupont\" <jean.dupont@exemple.fr> (Jean (le (vrai)) Dupont)",
            "From: Jean Dupont <jean.dupont@exemple.fr",
            "From: jean.dupont@exemple.fr <jean.dupont@exemple.fr>>",
            "From: Dupont, Jean <jean.dupont@exemple.fr>"})
    void a_from_header_nobody_can_parse_still_gives_its_address(String from) throws Exception {
        ReadMail mail = read(from + """

                Subject: Bonjour
                Content-Type: text/plain

                Bonjour.
                """);
        assertEquals("jean.dupont@exemple.fr", mail.fromAddress());
    }

    @Test
    void a_from_header_without_any_address_gives_no_sender() throws Exception {
        ReadMail mail = read("""
                From: Service clients
                Subject: Bonjour
                Content-Type: text/plain

                Bonjour.
                """);
        assertNull(mail.fromAddress());
    }

    @Test
    void raw_utf8_headers_are_read_as_utf8() throws Exception {
        ReadMail mail = read("""
                From: Hélène Lefèvre <helene@exemple.fr>
                Subject: Pièce jointe manquante
                Content-Type: text/plain; charset=utf-8

                """, StandardCharsets.UTF_8, "Bonjour.", StandardCharsets.UTF_8);
        assertEquals("Pièce jointe manquante", mail.subject());
        assertEquals("Hélène Lefèvre", mail.fromName());
    }

    @Test
    void raw_eight_bit_headers_that_are_not_utf8_are_read_as_windows_1252() throws Exception {
        Charset windows = Charset.forName("windows-1252");
        ReadMail mail = read("""
                From: client@exemple.fr
                Subject: Remboursement de 12 € – œuvre
                Content-Type: text/plain; charset=utf-8

                """, windows, "Bonjour.", StandardCharsets.UTF_8);
        assertEquals("Remboursement de 12 € – œuvre", mail.subject());
    }

    @Test
    void windows_1252_declared_as_iso_8859_1_keeps_its_euro_quotes_and_ligatures() throws Exception {
        ReadMail mail = read("""
                From: client@exemple.fr
                Subject: Avoir
                Content-Type: text/plain; charset=ISO-8859-1
                Content-Transfer-Encoding: 8bit

                """, StandardCharsets.US_ASCII, "L’avoir de 30 € pour l’œuvre… merci.", Charset.forName("windows-1252"));
        assertEquals("L’avoir de 30 € pour l’œuvre… merci.", mail.text().strip());
    }

    @Test
    void true_iso_8859_1_stays_iso_8859_1() throws Exception {
        ReadMail mail = read("""
                From: client@exemple.fr
                Subject: Avoir
                Content-Type: text/plain; charset=ISO-8859-1
                Content-Transfer-Encoding: 8bit

                """, StandardCharsets.US_ASCII, "Données reçues à 9 h.", StandardCharsets.ISO_8859_1);
        assertEquals("Données reçues à 9 h.", mail.text().strip());
    }

    @Test
    void the_spellings_of_transfer_encodings() {
        assertEquals("quoted-printable", BrokenHeaders.transferEncodingMeant("quoted-printable "));
        assertEquals("base64", BrokenHeaders.transferEncodingMeant("\"BASE64\""));
        assertEquals("uuencode", BrokenHeaders.transferEncodingMeant("x-uue"));
        assertNull(BrokenHeaders.transferEncodingMeant("7-bit"));
        assertEquals("rapport final.pdf", BrokenHeaders.fileNameIn("attachment; filename=\"rapport final.pdf"));
        assertEquals("a.pdf", BrokenHeaders.fileNameIn("application/pdf; name=a.pdf; x=@"));
    }

    @Test
    void a_message_nested_deeper_than_mail_clients_go_is_refused_with_its_reason_not_a_stack_overflow() {
        StringBuilder nested = new StringBuilder("From: client@exemple.fr\nSubject: Poupées\nMIME-Version: 1.0\n");
        for (int level = 0; level < 5_000; level++) {
            nested.append("Content-Type: multipart/mixed; boundary=\"l").append(level).append("\"\n\n--l")
                    .append(level).append("\n");
        }
        nested.append("Content-Type: text/plain\n\nAu fond.\n");
        MessagingException refused = assertThrows(MessagingException.class,
                () -> read(nested.toString()));
        assertTrue(refused.getMessage().contains("deeper than 32 levels"), refused.getMessage());
    }
}
