package io.relais.channels.email;

import io.relais.channels.boundary.InboundMessage.InboundAttachment;
import io.relais.channels.boundary.InboundMessage;
import io.relais.channels.control.InboundMessages;
import io.relais.shared.Channel;
import io.relais.timeline.boundary.ContactIntake;
import io.relais.timeline.boundary.IdentityKind;
import io.relais.timeline.boundary.InboundContact;
import jakarta.mail.MessagingException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a read email into the pipeline's inbound message: thread keys from its Message-ID, its
 * References and a quoted conversation reference (a key too long to keep is left out, not the
 * message); attachments given their storage ids, with the HTML's {@code cid:} images pointing at
 * them, so that inline images show once stored. A copy is recognised by its mailbox, its sender and
 * its Message-ID together: another sender's message that reuses a Message-ID is another message.
 */
public final class MailMessages {

    /** Thread keys of email: a Message-ID, or a conversation reference quoted by the customer. */
    public static final String MESSAGE_KEY = "mail:";
    public static final String REFERENCE_KEY = ContactIntake.REFERENCE_KEY;
    static final String UNKNOWN_SENDER = "expediteur.inconnu@invalid";
    /** Set on every message Relais sends, so that it never reads its own mail back as a customer's. */
    public static final String SENT_BY_RELAIS = "X-Relais-Mailbox";

    private MailMessages() {
    }

    /**
     * The pipeline's message for a raw email as a mailbox holds it, or null when Relais wrote it
     * (a reply that came back through an alias or a forward).
     *
     * @param ours the addresses of Relais's own mailboxes, lower case
     */
    public static InboundMessage fromRaw(byte[] raw, String mailbox, Set<String> ours, Instant receivedAt)
            throws MessagingException, IOException {
        if (MailReader.hasHeader(raw, SENT_BY_RELAIS)) {
            return null;
        }
        ReadMail mail = MailReader.read(raw);
        if (mail.fromAddress() != null && ours.contains(mail.fromAddress())) {
            return null;
        }
        return inbound(mail, raw, mailbox, receivedAt);
    }

    public static InboundMessage inbound(ReadMail mail, byte[] raw, String mailbox, Instant receivedAt) {
        Set<String> keys = new LinkedHashSet<>();
        if (mail.messageId() != null) {
            keys.add(MESSAGE_KEY + mail.messageId());
        }
        mail.references().forEach(reference -> keys.add(MESSAGE_KEY + reference));
        if (mail.quotedReference() != null) {
            keys.add(REFERENCE_KEY + mail.quotedReference());
        }
        keys.removeIf(key -> key.length() > InboundContact.THREAD_KEY_MAX_LENGTH);
        String sender = mail.fromAddress() == null || mail.fromAddress().length() > InboundMessages.MAX_ADDRESS ? UNKNOWN_SENDER
                : mail.fromAddress();
        List<InboundAttachment> attachments = new ArrayList<>();
        String html = mail.html();
        for (ReadMail.Attachment attachment : mail.attachments()) {
            UUID id = UUID.randomUUID();
            if (html != null && attachment.contentId() != null) {
                html = html.replace("cid:" + attachment.contentId(), "cid:" + id);
            }
            attachments.add(new InboundAttachment(fileName(attachment, attachments.size() + 1), attachment.contentType(),
                    attachment.size(), "attachment:" + id, attachment.contentId(), attachment.content()));
        }
        return new InboundMessage(null, Channel.EMAIL, mailbox, copyKey(mailbox, sender, mail.messageId()),
                IdentityKind.EMAIL, sender, mail.fromName(), keys,
                mail.subject(), text(mail), html, attachments, mail.sentAt(), receivedAt, mail.automatic(),
                "message/rfc822", raw);
    }

    /**
     * A message above the mailbox's size limit: recorded from its headers, with a line saying it
     * stayed in the mailbox, so that the customer is not forgotten and nothing huge is copied.
     */
    public static InboundMessage tooLarge(ReadMail headers, long size, String mailbox, Instant receivedAt) {
        String note = "Message de " + Math.max(1, size / (1024 * 1024)) + " Mo, trop volumineux pour être importé : "
                + "il est resté dans la boîte " + mailbox + ".";
        var shortened = new ReadMail(headers.messageId(), headers.references(), headers.quotedReference(),
                headers.fromAddress(), headers.fromName(), headers.subject(), headers.sentAt(), note, null, List.of(),
                headers.automatic());
        return inbound(shortened, null, mailbox, receivedAt);
    }

    /**
     * How a second copy of this message is recognised: its mailbox, sender and Message-ID, written
     * out when they fit the provider id's column, else their SHA-256. Without a Message-ID, none: the
     * pipeline then derives one from the raw bytes.
     */
    static String copyKey(String mailbox, String sender, String messageId) {
        if (messageId == null) {
            return null;
        }
        String key = mailbox.toLowerCase(Locale.ROOT) + " " + sender + " " + messageId;
        if (key.length() <= InboundMessages.MAX_PROVIDER_ID) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "mail-sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Inline images often come without a name: "image-2.png", by position and type. */
    static String fileName(ReadMail.Attachment attachment, int position) {
        String name = attachment.fileName();
        if (name != null && !name.isBlank()) {
            return name.length() <= 255 ? name : name.substring(name.length() - 255);
        }
        String type = attachment.contentType() == null ? "" : attachment.contentType();
        String stem = type.startsWith("image/") ? "image" : "piece-jointe";
        String extension = switch (type) {
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            case "application/pdf" -> ".pdf";
            case "text/plain" -> ".txt";
            default -> "";
        };
        return stem + "-" + position + extension;
    }

    /** An email without a text part still needs words for previews; an empty one says so. */
    private static String text(ReadMail mail) {
        if (mail.text() != null && !mail.text().isBlank()) {
            return mail.text();
        }
        if (mail.html() != null && !mail.html().isBlank() || !mail.attachments().isEmpty()) {
            return null;
        }
        return "(message vide)";
    }
}
