package io.relais.it.api;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.relais.it.support.RelaisClient;
import io.relais.it.support.RelaisServer;
import io.relais.it.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.relais.it.support.RelaisClient.ADMIN;
import static io.relais.it.support.RelaisClient.ADMIN_PASSWORD;
import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.Eventually.eventually;
import static io.relais.it.support.Eventually.pause;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A mailbox on a real IMAP server (GreenMail, in this JVM): Relais reads it, records each message
 * once, then marks it seen; reading again after losing its place (as after a stop between queueing
 * and remembering) records nothing twice, and the server killed in the middle of a poll, then
 * started again, loses nothing and records nothing twice.
 */
class MailboxIT {

    /** The password the test servers read from RELAIS_MAIL_IT_PASSWORD (src/test/liberty/it-server.env). */
    private static final String PASSWORD = "it-only-mail-secret";

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP_IMAP);

    private final RelaisClient admin = RelaisClient.basic(ADMIN, ADMIN_PASSWORD);
    private final RelaisClient agent = RelaisClient.basic(AGENT, AGENT_PASSWORD);

    private String createMailbox(String address, int maxBytes) {
        return createMailbox(address, maxBytes, ServerSetupTest.SMTP.getPort());
    }

    private String createMailbox(String address, int maxBytes, int smtpPort) {
        HttpResponse<String> created = admin.post("/api/admin/mailboxes", Json.createObjectBuilder()
                .add("name", "Support " + address).add("address", address)
                .add("imapHost", "localhost").add("imapPort", ServerSetupTest.IMAP.getPort()).add("imapTls", false)
                .add("imapUser", address).add("smtpHost", "localhost").add("smtpPort", smtpPort)
                .add("smtpTls", false).add("secretName", "RELAIS_MAIL_IT_PASSWORD").add("maxMessageBytes", maxBytes)
                .add("enabled", false).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject mailbox = (JsonObject) json(created);
        assertTrue(mailbox.getBoolean("secretSet"), "the test server has the mailbox's secret: " + mailbox);
        return mailbox.getString("id");
    }

    private static void deliver(GreenMailUser user, String raw) throws Exception {
        user.deliver(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1))));
    }

    private JsonObject poll(String mailboxId) {
        HttpResponse<String> polled = admin.post("/api/admin/mailboxes/" + mailboxId + "/poll", "");
        assertEquals(200, polled.statusCode(), polled.body());
        JsonObject result = (JsonObject) json(polled);
        assertFalse(result.containsKey("error") && !result.isNull("error"), result.toString());
        return result;
    }

    @Test
    void eachMessageIsRecordedOnceThenSeenAndReadingAgainRecordsNothingTwice() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String address = "support-" + unique + "@relais.test";
        GreenMailUser user = mail.setUser(address, address, PASSWORD);
        String mailboxId = createMailbox(address, 25 * 1024 * 1024);
        String alice = "alice." + unique + "@exemple.fr";
        String bruno = "bruno." + unique + "@exemple.fr";
        String first = "<first-" + unique + "@exemple.fr>";

        deliver(user, "From: Alice Martin <" + alice + ">\r\nTo: " + address + "\r\nSubject: =?UTF-8?Q?Colis_ab=C3=AEm=C3=A9?=\r\n"
                + "Message-ID: " + first + "\r\nDate: Mon, 23 Nov 2026 08:00:00 +0100\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=ISO-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "Mon colis est arriv=E9 ab=EEm=E9.\r\n");
        deliver(user, "From: " + alice + "\r\nTo: " + address + "\r\nSubject: Re: Colis\r\n"
                + "Message-ID: <second-" + unique + "@exemple.fr>\r\nIn-Reply-To: " + first + "\r\nReferences: " + first + "\r\n"
                + "Date: Mon, 23 Nov 2026 08:05:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "J'ajoute une photo demain.\r\n");
        String png = Base64.getMimeEncoder().encodeToString(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3});
        deliver(user, "From: Bruno <" + bruno + ">\r\nTo: " + address + "\r\nSubject: Facture\r\n"
                + "Message-ID: <third-" + unique + "@exemple.fr>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
                + "--outer\r\nContent-Type: multipart/related; boundary=\"inner\"\r\n\r\n"
                + "--inner\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<p>Voici la facture <img src=\"cid:logo@bruno\"><img src=\"https://tracker.example/o.gif\"></p><script>alert(1)</script>\r\n"
                + "--inner\r\nContent-Type: image/png\r\nContent-ID: <logo@bruno>\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + png + "\r\n--inner--\r\n"
                + "--outer\r\nContent-Type: application/pdf; name=\"facture.pdf\"\r\nContent-Disposition: attachment; filename=\"facture.pdf\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString("%PDF-1.4 facture".getBytes())
                + "\r\n--outer--\r\n");
        deliver(user, "From: " + address + "\r\nTo: " + address + "\r\nSubject: Re: Facture\r\nMessage-ID: <loop-" + unique
                + "@relais.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nNotre propre message revenu.\r\n");

        JsonObject result = poll(mailboxId);
        assertEquals(3, result.getInt("queued"), result.toString());
        assertEquals(1, result.getInt("skipped"), "Relais's own message is not read back: " + result);

        JsonArray aliceTimeline = eventually(() -> agent.timelineOf(alice).filter(t -> t.size() == 2));
        assertEquals(aliceTimeline.getJsonObject(0).getString("conversationId"),
                aliceTimeline.getJsonObject(1).getString("conversationId"), "the reply continues the thread");
        assertTrue(aliceTimeline.getJsonObject(1).getString("text").contains("arrivé abîmé"), aliceTimeline.toString());
        JsonObject invoice = eventually(() -> agent.timelineOf(bruno).filter(t -> t.size() == 1)).getJsonObject(0);
        String html = invoice.getString("html");
        assertFalse(html.contains("script") || html.contains("tracker"), html);
        assertEquals(2, invoice.getJsonArray("attachments").size(), invoice.toString());
        String pdfRef = invoice.getJsonArray("attachments").stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("fileName").equals("facture.pdf")).findFirst().orElseThrow()
                .getString("storageRef");
        String imageRef = invoice.getJsonArray("attachments").stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("mediaType").equals("image/png")).findFirst().orElseThrow()
                .getString("storageRef");
        assertTrue(html.contains("cid:" + imageRef.substring("attachment:".length())), "the inline image points at its stored copy: " + html);
        HttpResponse<String> pdf = agent.get("/api/attachments/" + pdfRef.substring("attachment:".length()));
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF-1.4 facture", pdf.body());
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));

        assertTrue(allSeen(address), "marked seen once queued");
        assertEquals(0, poll(mailboxId).getInt("queued"), "nothing new");

        // As after a stop between queueing and remembering the UIDs: everything is read again.
        try (Connection db = TestDatabase.relais();
             PreparedStatement forget = db.prepareStatement("update ch_mailbox set last_uid = 0 where id = ?")) {
            forget.setObject(1, UUID.fromString(mailboxId));
            assertEquals(1, forget.executeUpdate());
        }
        assertEquals(3, poll(mailboxId).getInt("queued"), "read again");
        pause(Duration.ofSeconds(3));
        assertEquals(2, agent.timelineOf(alice).orElseThrow().size(), "nothing recorded twice");
        assertEquals(1, agent.timelineOf(bruno).orElseThrow().size(), "nothing recorded twice");
    }

    @Test
    void theServerKilledInTheMiddleOfAPollLosesNothingAndRecordsNothingTwice() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String address = "crash-" + unique + "@relais.test";
        GreenMailUser user = mail.setUser(address, address, PASSWORD);
        String mailboxId = createMailbox(address, 1_000_000);
        String sender = "paul." + unique + "@client.fr";
        int count = 100;
        for (int i = 1; i <= count; i++) {
            deliver(user, "From: Paul Coupure <" + sender + ">\r\nTo: " + address + "\r\nSubject: Message " + i
                    + "\r\nMessage-ID: <crash-" + i + "-" + unique + "@client.fr>\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\nMessage numéro " + i + ".\r\n");
        }

        Thread poll = new Thread(() -> {
            try {
                admin.post("/api/admin/mailboxes/" + mailboxId + "/poll", "");
            } catch (RuntimeException cutOff) {
                // the server dies under this request: that is the point
            }
        });
        poll.start();
        eventually(() -> agent.timelineOf(sender).filter(t -> !t.isEmpty()));
        RelaisServer.kill();
        long seenAtTheKill = seenCount(address);
        assertTrue(seenAtTheKill < count, "killed in the middle of the poll: " + seenAtTheKill + " of " + count + " seen");
        poll.join(30_000);

        RelaisServer.startAndWaitUntilReady();
        eventually(() -> {
            poll(mailboxId);
            return seenCount(address) == count ? Optional.of(true) : Optional.empty();
        });
        JsonArray timeline = eventually(() -> Optional.ofNullable(timelineOfAll(sender)).filter(t -> t.size() >= count));
        pause(Duration.ofSeconds(3));
        timeline = timelineOfAll(sender);
        Set<String> texts = new HashSet<>();
        timeline.forEach(entry -> texts.add(entry.asJsonObject().getString("text")));
        assertEquals(count, timeline.size(), "each message once, none lost");
        assertEquals(count, texts.size(), "no message twice");
    }

    /** The sender's whole timeline, every page. */
    private JsonArray timelineOfAll(String sender) {
        JsonArray found = (JsonArray) json(agent.get("/api/customers?q=" + sender.replace("@", "%40")));
        if (found.isEmpty()) {
            return null;
        }
        String customerId = found.getJsonObject(0).getString("customerId");
        var all = Json.createArrayBuilder();
        String after = null;
        do {
            JsonObject page = (JsonObject) json(agent.get("/api/customers/" + customerId + "/timeline?limit=200"
                    + (after == null ? "" : "&after=" + after)));
            page.getJsonArray("entries").forEach(all::add);
            after = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
        } while (after != null);
        return all.build();
    }

    @Test
    void anOversizedOrBrokenMessageIsStillRecordedWithWhatCanBeRead() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String address = "grands-" + unique + "@relais.test";
        GreenMailUser user = mail.setUser(address, address, PASSWORD);
        String mailboxId = createMailbox(address, 64 * 1024);
        String claire = "claire." + unique + "@exemple.fr";
        String denis = "denis." + unique + "@exemple.fr";

        deliver(user, "From: " + claire + "\r\nTo: " + address + "\r\nSubject: Photos du sinistre\r\nMessage-ID: <big-" + unique
                + "@exemple.fr>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: text/plain\r\n\r\nVoir les photos.\r\n--b\r\nContent-Type: image/jpeg; name=\"p.jpg\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(new byte[200 * 1024])
                + "\r\n--b--\r\n");
        deliver(user, "From: " + denis + "\r\nTo: " + address + "\r\nSubject: Cassé\r\nMessage-ID: <broken-" + unique
                + "@exemple.fr>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"jamais\"\r\n\r\n"
                + "Le début sans fin de partie, \u00e9 en Latin-1.\r\n");

        assertEquals(2, poll(mailboxId).getInt("queued"));
        JsonObject big = eventually(() -> agent.timelineOf(claire).filter(t -> t.size() == 1)).getJsonObject(0);
        assertTrue(big.getString("text").contains("trop volumineux"), big.toString());
        assertTrue(big.getString("conversationSubject").contains("Photos du sinistre"), big.toString());
        JsonObject broken = eventually(() -> agent.timelineOf(denis).filter(t -> t.size() == 1)).getJsonObject(0);
        assertTrue(broken.getString("text").contains("Le début sans fin"), broken.toString());
        assertTrue(allSeen(address));
    }

    @Test
    void unreadableMailIsSetAsideWholeAndTheMailboxMovesOnPastIt() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String address = "tolerant-" + unique + "@relais.test";
        mail.setUser(address, address, PASSWORD);
        String mailboxId = createMailbox(address, 25 * 1024 * 1024);
        String emma = "emma." + unique + "@exemple.fr";
        String fabien = "fabien." + unique + "@exemple.fr";
        String gaelle = "gaelle." + unique + "@exemple.fr";
        String hugo = "hugo." + unique + "@exemple.fr";
        String sharedId = "<reused-" + unique + "@exemple.fr>";

        deliverRaw(address, ("From: " + emma + "\r\nTo: " + address + "\r\nSubject: Commande\r\nMessage-ID: " + sharedId
                + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 7-bit\r\n\r\n"
                + "Ma commande n'est pas arrivée.\r\n").getBytes(StandardCharsets.UTF_8));
        StringBuilder nested = new StringBuilder("From: Nested <nested." + unique + "@exemple.fr>\r\nTo: " + address
                + "\r\nSubject: Poupées russes\r\nMIME-Version: 1.0\r\n");
        for (int level = 0; level < 40; level++) {
            nested.append("Content-Type: multipart/mixed; boundary=\"l").append(level).append("\"\r\n\r\n--l")
                    .append(level).append("\r\n");
        }
        nested.append("Content-Type: text/plain\r\n\r\nAu fond.\r\n");
        byte[] nestedBytes = nested.toString().getBytes(StandardCharsets.UTF_8);
        deliverRaw(address, nestedBytes);
        deliverRaw(address, ("From: \"Fabien\" <" + fabien + "> (Fabien (le (vrai)) Roux)\r\nTo: " + address
                + "\r\nSubject: Pièce jointe manquante\r\nMessage-ID: <raw-" + unique + "@exemple.fr>\r\n"
                + "Content-Type: text/plain; charset=ISO-8859-1\r\nContent-Transfer-Encoding: 8bits\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8), "L’avoir de 30 € n’est pas là.\r\n".getBytes("windows-1252"));
        deliverRaw(address, ("From: " + gaelle + "\r\nTo: " + address + "\r\nSubject: Devis\r\nMessage-ID: " + sharedId
                + "\r\nContent-Type: text/plain\r\n\r\nUn autre message qui reprend le même Message-ID.\r\n")
                .getBytes(StandardCharsets.UTF_8));
        deliverRaw(address, ("From: " + hugo + "\r\nTo: " + address + "\r\nSubject: Merci\r\nMessage-ID: <thanks-" + unique
                + "@exemple.fr>\r\nContent-Type: text/plain\r\n\r\nMerci pour tout.\r\n").getBytes(StandardCharsets.UTF_8));

        JsonObject result = poll(mailboxId);
        assertEquals(4, result.getInt("queued"), result.toString());
        assertEquals(1, result.getInt("setAside"), result.toString());

        assertTrue(eventually(() -> agent.timelineOf(emma).filter(t -> t.size() == 1)).getJsonObject(0)
                .getString("text").contains("Ma commande n'est pas arrivée."));
        JsonObject fabiens = eventually(() -> agent.timelineOf(fabien).filter(t -> t.size() == 1)).getJsonObject(0);
        assertTrue(fabiens.getString("text").contains("L’avoir de 30 € n’est pas là."), fabiens.toString());
        assertTrue(fabiens.getString("conversationSubject").contains("Pièce jointe manquante"), fabiens.toString());
        assertTrue(eventually(() -> agent.timelineOf(gaelle).filter(t -> t.size() == 1)).getJsonObject(0)
                .getString("text").contains("reprend le même Message-ID"), "another sender's message is not a copy");
        eventually(() -> agent.timelineOf(hugo).filter(t -> t.size() == 1));
        assertTrue(allSeen(address), "the mailbox moved past the message it set aside");

        JsonArray letters = (JsonArray) json(admin.get("/api/admin/mail/dead-letters?max=500"));
        JsonObject letter = letters.stream().map(JsonObject.class::cast)
                .filter(l -> l.getString("mailbox").equals(address)).findFirst().orElseThrow();
        assertEquals("nested." + unique + "@exemple.fr", letter.getString("sender"));
        assertEquals("Poupées russes", letter.getString("subject"));
        assertTrue(letter.getString("reason").contains("deeper than 32 levels"), letter.toString());
        String id = letter.getString("id");
        HttpResponse<String> raw = admin.get("/api/admin/mail/dead-letters/" + id + "/raw", "message/rfc822");
        assertEquals(200, raw.statusCode());
        String delivered = new String(nestedBytes, StandardCharsets.UTF_8);
        assertTrue(raw.body().endsWith(delivered.substring(delivered.indexOf("Subject:"))),
                "kept whole, as the mailbox held it (its server's Received and Return-Path lines first)");
        assertEquals(raw.body().getBytes(StandardCharsets.UTF_8).length, letter.getJsonNumber("size").longValue());
        assertEquals(403, agent.get("/api/admin/mail/dead-letters").statusCode(), "administrators only");

        assertEquals(0, poll(mailboxId).getInt("queued"), "nothing new, and the set-aside message is not read again");
        HttpResponse<String> replayed = admin.post("/api/admin/mail/dead-letters/" + id + "/replay", "");
        assertEquals(422, replayed.statusCode(), replayed.body());
        assertTrue(replayed.body().contains("deeper than 32 levels"), replayed.body());
        JsonObject again = ((JsonArray) json(admin.get("/api/admin/mail/dead-letters?max=500"))).stream()
                .map(JsonObject.class::cast).filter(l -> l.getString("id").equals(id)).findFirst().orElseThrow();
        assertEquals(2, again.getInt("attempts"), "a replay that failed again says so");
        assertEquals(204, admin.delete("/api/admin/mail/dead-letters/" + id).statusCode());
        assertEquals(404, admin.post("/api/admin/mail/dead-letters/" + id + "/replay", "").statusCode());
        assertEquals(400, admin.get("/api/admin/mail/dead-letters/not-an-id/raw", "message/rfc822").statusCode());
    }

    /**
     * Hands the bytes to GreenMail's SMTP server as they are, so that a malformed message reaches the
     * mailbox as a real sender's client wrote it (a parsed and re-written copy would be repaired).
     */
    private static void deliverRaw(String to, byte[]... parts) throws Exception {
        var message = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            message.write(part);
        }
        try (var socket = new Socket("localhost", ServerSetupTest.SMTP.getPort())) {
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            var out = socket.getOutputStream();
            smtp(in, out, null, "220");
            smtp(in, out, "HELO relais.test", "250");
            smtp(in, out, "MAIL FROM:<robot@exemple.fr>", "250");
            smtp(in, out, "RCPT TO:<" + to + ">", "250");
            smtp(in, out, "DATA", "354");
            String body = new String(message.toByteArray(), StandardCharsets.ISO_8859_1).replace("\r\n.", "\r\n..");
            out.write(body.getBytes(StandardCharsets.ISO_8859_1));
            smtp(in, out, "\r\n.", "250");
            smtp(in, out, "QUIT", "221");
        }
    }

    private static void smtp(BufferedReader in, OutputStream out, String command, String expected)
            throws Exception {
        if (command != null) {
            out.write((command + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
        String reply = in.readLine();
        assertTrue(reply != null && reply.startsWith(expected), command + " -> " + reply);
    }

    @Test
    void aReplyLeavesFromTheMailboxInTheCustomersThreadAndHisAnswerContinuesTheConversation() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String address = "contact-" + unique + "@relais.test";
        GreenMailUser user = mail.setUser(address, address, PASSWORD);
        String mailboxId = createMailbox(address, 25 * 1024 * 1024);
        String domain = "client-" + unique + ".fr";
        String emma = "emma@" + domain;
        String question = "<question-" + unique + "@" + domain + ">";
        deliver(user, "From: Emma Petit <" + emma + ">\r\nTo: " + address + "\r\nSubject: Remboursement\r\nMessage-ID: "
                + question + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nOù en est mon remboursement ?\r\n");
        assertEquals(1, poll(mailboxId).getInt("queued"));
        String conversationId = eventually(() -> agent.timelineOf(emma).filter(t -> t.size() == 1)).getJsonObject(0)
                .getString("conversationId");

        HttpResponse<String> replied = agent.post("/api/conversations/" + conversationId + "/replies", Json.createObjectBuilder()
                .add("channel", "EMAIL").add("subject", "Re: Remboursement").add("text", "Bonjour Emma, c’est fait.")
                .build().toString());
        assertEquals(202, replied.statusCode(), replied.body());
        String replyId = ((JsonObject) json(replied)).getString("interactionId");

        MimeMessage sent = eventually(() -> java.util.Arrays.stream(mail.getReceivedMessagesForDomain(domain)).findFirst());
        assertEquals(address, ((jakarta.mail.internet.InternetAddress) sent.getFrom()[0]).getAddress());
        assertEquals(question, sent.getHeader("In-Reply-To", null));
        assertTrue(sent.getSubject().matches("Re: Remboursement \\[R-[0-9A-F]{8}]"), sent.getSubject());
        assertEquals(mailboxId, sent.getHeader("X-Relais-Mailbox", null));
        assertTrue(((String) sent.getContent()).contains("c’est fait"));
        JsonObject reply = eventually(() -> agent.timelineOf(emma).flatMap(t -> t.stream().map(JsonObject.class::cast)
                .filter(e -> e.getString("interactionId").equals(replyId) && "SENT".equals(e.getString("deliveryStatus", null)))
                .findFirst()));
        assertEquals("OUTBOUND", reply.getString("direction"));

        deliver(user, "From: " + emma + "\r\nTo: " + address + "\r\nSubject: Merci\r\nMessage-ID: <merci-" + unique + "@" + domain
                + ">\r\nIn-Reply-To: " + sent.getMessageID() + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nMerci !\r\n");
        assertEquals(1, poll(mailboxId).getInt("queued"));
        JsonArray thread = eventually(() -> agent.timelineOf(emma).filter(t -> t.size() == 3));
        thread.forEach(entry -> assertEquals(conversationId, entry.asJsonObject().getString("conversationId"),
                "the answer to Relais's reply continues the conversation"));
    }

    @Test
    void aVisitorGetsHisChatTranscriptByEmailOnceInAWhile() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String address = "chat-" + unique + "@relais.test";
        mail.setUser(address, address, PASSWORD);
        // Transcripts leave from the first enabled mailbox that can send; this one sorts first.
        var settings = Json.createObjectBuilder()
                .add("name", "0 Chat " + unique).add("address", address)
                .add("imapHost", "localhost").add("imapPort", ServerSetupTest.IMAP.getPort()).add("imapTls", false)
                .add("imapUser", address).add("smtpHost", "localhost").add("smtpPort", ServerSetupTest.SMTP.getPort())
                .add("smtpTls", false).add("secretName", "RELAIS_MAIL_IT_PASSWORD").add("maxMessageBytes", 1_000_000);
        HttpResponse<String> created = admin.post("/api/admin/mailboxes", settings.add("enabled", true).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        try {
            String name = "Inès Transcript" + unique;
            ChatSocketIT.Visitor visitor = ChatSocketIT.Visitor.connect("boutique");
            visitor.send(Json.createObjectBuilder().add("type", "hello").add("visitor", "it" + unique + "transcript")
                    .add("name", name).build());
            visitor.until("welcome");
            visitor.send(Json.createObjectBuilder().add("type", "message").add("id", "t1")
                    .add("text", "Mon colis " + unique + " est abîmé.").build());
            visitor.until("ack");
            String conversationId = eventually(() -> agent.timelineOf(name).filter(t -> t.size() == 1)).getJsonObject(0)
                    .getString("conversationId");
            HttpResponse<String> replied = agent.post("/api/conversations/" + conversationId + "/replies",
                    "{\"channel\":\"CHAT\",\"text\":\"Nous vous renvoyons un colis.\"}");
            assertEquals(202, replied.statusCode(), replied.body());
            visitor.until("message");

            String domain = "visiteur-" + unique + ".fr";
            visitor.send(Json.createObjectBuilder().add("type", "transcript").add("id", "x1").add("address", "pas une adresse")
                    .build());
            assertTrue(visitor.until("error").getString("reason").contains("email address"));
            visitor.send(Json.createObjectBuilder().add("type", "transcript").add("id", "x2").add("address", "ines@" + domain)
                    .add("lang", "fr").build());
            visitor.until("transcript");
            MimeMessage sent = eventually(() -> java.util.Arrays.stream(mail.getReceivedMessagesForDomain(domain)).findFirst());
            assertTrue(sent.getSubject().matches("Transcription de votre conversation \\[R-[0-9A-F]{8}]"), sent.getSubject());
            String text = (String) sent.getContent();
            assertTrue(text.contains("Mon colis " + unique + " est abîmé.") && text.contains("Nous vous renvoyons un colis."), text);
            assertTrue(text.indexOf("Mon colis") < text.indexOf("Nous vous renvoyons"), "in the order said: " + text);

            visitor.send(Json.createObjectBuilder().add("type", "transcript").add("id", "x3").add("address", "ines@" + domain)
                    .build());
            assertTrue(visitor.until("error").getString("reason").contains("a moment ago"), "not a way to flood an address");
            JsonObject recorded = eventually(() -> agent.timelineOf(name).flatMap(t -> t.stream().map(JsonObject.class::cast)
                    .filter(e -> "EMAIL".equals(e.getString("channel")) && "SENT".equals(e.getString("deliveryStatus", null)))
                    .findFirst()));
            assertEquals("OUTBOUND", recorded.getString("direction"));
            visitor.socket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "bye");
        } finally {
            JsonObject mailbox = (JsonObject) json(created);
            HttpResponse<String> disabled = admin.put("/api/admin/mailboxes/" + mailbox.getString("id"),
                    Json.createObjectBuilder(mailbox).add("enabled", false).build().toString());
            assertEquals(200, disabled.statusCode(), disabled.body());
        }
    }

    @Test
    void aReplyNoServerTakesIsMarkedFailedWithTheReason() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String address = "panne-smtp-" + unique + "@relais.test";
        GreenMailUser user = mail.setUser(address, address, PASSWORD);
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String mailboxId = createMailbox(address, 25 * 1024 * 1024, closedPort);
        String franck = "franck." + unique + "@exemple.fr";
        deliver(user, "From: " + franck + "\r\nTo: " + address + "\r\nSubject: Question\r\nMessage-ID: <q-" + unique
                + "@exemple.fr>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nBonjour ?\r\n");
        poll(mailboxId);
        String conversationId = eventually(() -> agent.timelineOf(franck).filter(t -> t.size() == 1)).getJsonObject(0)
                .getString("conversationId");

        HttpResponse<String> replied = agent.post("/api/conversations/" + conversationId + "/replies",
                "{\"channel\":\"EMAIL\",\"subject\":\"Re: Question\",\"text\":\"Bonjour Franck.\"}");
        assertEquals(202, replied.statusCode(), replied.body());
        JsonObject failed = eventually(() -> agent.timelineOf(franck).flatMap(t -> t.stream().map(JsonObject.class::cast)
                .filter(e -> "FAILED".equals(e.getString("deliveryStatus", null))).findFirst()));
        assertTrue(failed.getString("deliveryDetail").contains("did not take the reply"), failed.toString());

        HttpResponse<String> sms = agent.post("/api/contacts", Json.createObjectBuilder().add("channel", "SMS")
                .add("senderKind", "PHONE").add("sender", RelaisClient.newMobileNumber()).add("text", "Rappelez-moi")
                .build().toString());
        String smsConversation = ((JsonObject) json(sms)).getString("conversationId");
        HttpResponse<String> noAddress = agent.post("/api/conversations/" + smsConversation + "/replies",
                "{\"channel\":\"EMAIL\",\"text\":\"Bonjour\"}");
        assertEquals(409, noAddress.statusCode(), noAddress.body());
        assertTrue(noAddress.body().contains("no EMAIL address"), noAddress.body());
    }

    @Test
    void aReplyTheServerRefusesForGoodFailsAtOnceWithTheServersWords() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String address = "refus-smtp-" + unique + "@relais.test";
        GreenMailUser user = mail.setUser(address, address, PASSWORD);
        try (var refusing = new RefusingSmtpServer()) {
            String mailboxId = createMailbox(address, 25 * 1024 * 1024, refusing.port());
            String gilles = "gilles." + unique + "@exemple.fr";
            deliver(user, "From: " + gilles + "\r\nTo: " + address + "\r\nSubject: Question\r\nMessage-ID: <r-" + unique
                    + "@exemple.fr>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nBonjour ?\r\n");
            poll(mailboxId);
            String conversationId = eventually(() -> agent.timelineOf(gilles).filter(t -> t.size() == 1))
                    .getJsonObject(0).getString("conversationId");

            assertEquals(202, agent.post("/api/conversations/" + conversationId + "/replies",
                    "{\"channel\":\"EMAIL\",\"text\":\"Bonjour Gilles.\"}").statusCode());
            JsonObject failed = eventually(() -> agent.timelineOf(gilles).flatMap(t -> t.stream()
                    .map(JsonObject.class::cast).filter(e -> "FAILED".equals(e.getString("deliveryStatus", null)))
                    .findFirst()));
            String detail = failed.getString("deliveryDetail");
            assertTrue(detail.contains("refused the reply for good (550)") && detail.contains("User unknown"), detail);
            // A retry would come two seconds later: wait past it to see that none came.
            pause(Duration.ofSeconds(5));
            assertEquals(1, refusing.connections(), "a permanent refusal is not retried");
        }
    }

    /** An SMTP server that takes the connection and refuses every recipient for good (550). */
    private static final class RefusingSmtpServer implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0);
        private final AtomicInteger connections = new AtomicInteger();
        private final Thread acceptor = new Thread(this::serve, "refusing-smtp");

        RefusingSmtpServer() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    connections.incrementAndGet();
                    var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                    OutputStream out = client.getOutputStream();
                    out.write("220 refusing.test ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
                        String reply = switch (command) {
                            case "EHLO", "HELO" -> "250 refusing.test";
                            case "MAIL", "RSET", "NOOP" -> "250 OK";
                            case "RCPT" -> "550 5.1.1 Recipient address rejected: User unknown";
                            case "QUIT" -> "221 Bye";
                            default -> "503 Bad sequence of commands";
                        };
                        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        if (command.equals("QUIT")) {
                            break;
                        }
                    }
                } catch (IOException closed) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @Test
    void mailboxSettingsAreCheckedAndKeptFromAgents() {
        HttpResponse<String> noSecretName = admin.post("/api/admin/mailboxes", Json.createObjectBuilder()
                .add("name", "Sans secret").add("address", "x@relais.test").add("imapHost", "localhost")
                .add("imapPort", 993).add("imapUser", "x").add("secretName", "mot de passe").build().toString());
        assertEquals(400, noSecretName.statusCode());
        assertTrue(noSecretName.body().contains("secretName"), noSecretName.body());
        assertEquals(400, admin.post("/api/admin/mailboxes", "{\"name\":\"x\",\"address\":\"pas une adresse\"}").statusCode());
        assertEquals(404, admin.post("/api/admin/mailboxes/" + UUID.randomUUID() + "/poll", "").statusCode());
        assertEquals(403, agent.get("/api/admin/mailboxes").statusCode());
    }

    private static boolean allSeen(String address) {
        long[] seen = seen(address);
        return seen[1] > 0 && seen[0] == seen[1];
    }

    private static long seenCount(String address) {
        return seen(address)[0];
    }

    /** How many messages of the mailbox are marked seen, and how many there are. */
    private static long[] seen(String address) {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("localhost", ServerSetupTest.IMAP.getPort(), address, PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                long seen = 0;
                for (Message message : inbox.getMessages()) {
                    seen += message.isSet(Flags.Flag.SEEN) ? 1 : 0;
                }
                return new long[] {seen, inbox.getMessageCount()};
            } finally {
                inbox.close(false);
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException("GreenMail's IMAP server did not answer", e);
        }
    }
}
