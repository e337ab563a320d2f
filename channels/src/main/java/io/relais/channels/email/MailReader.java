package io.relais.channels.email;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a raw email (RFC 5322 / MIME) with Jakarta Mail into a {@link ReadMail}. Charsets are taken
 * as declared when the bytes agree: a part declared ISO-8859-1 or US-ASCII, or with no charset, that is
 * valid UTF-8 is read as UTF-8; bytes that are not valid in the declared or an unknown charset are read
 * as Windows-1252, which decodes every byte, so that no message is lost to its encoding. RFC 2047
 * encoded headers are decoded, even when a client forgot to fold them properly.
 */
public final class MailReader {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Pattern REFERENCE = Pattern.compile("\\[(R-[0-9A-F]{8})]");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private MailReader() {
    }

    public static ReadMail read(byte[] raw) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        Parts parts = new Parts();
        collect(message, parts);
        InternetAddress from = from(message);
        String subject = decodedHeader(message, "Subject");
        Matcher quoted = REFERENCE.matcher(subject == null ? "" : subject);
        return new ReadMail(header(message, "Message-ID"), references(message),
                quoted.find() ? quoted.group(1) : null,
                from == null ? null : from.getAddress().toLowerCase(Locale.ROOT),
                from == null ? null : from.getPersonal(), subject,
                message.getSentDate() == null ? null : message.getSentDate().toInstant(),
                parts.text.isEmpty() ? null : String.join("\n\n", parts.text),
                parts.html.isEmpty() ? null : String.join("\n", parts.html),
                parts.attachments, automatic(message, parts));
    }

    /** Why a machine wrote this message, or null: auto-replies, bounces, lists (RFC 3834, RFC 3464). */
    static String automatic(MimeMessage message, Parts parts) throws MessagingException {
        String autoSubmitted = header(message, "Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.trim().equalsIgnoreCase("no")) {
            return "Auto-Submitted: " + autoSubmitted.trim();
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && Set.of("bulk", "junk", "list", "auto_reply").contains(precedence.trim().toLowerCase(Locale.ROOT))) {
            return "Precedence: " + precedence.trim();
        }
        for (String name : new String[]{"X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress"}) {
            String value = header(message, name);
            if (value != null && (!name.equals("X-Auto-Response-Suppress") || value.toLowerCase(Locale.ROOT).contains("all"))) {
                return name + ": " + value.trim();
            }
        }
        if (parts.deliveryReport) {
            return "delivery status report";
        }
        String returnPath = header(message, "Return-Path");
        if (returnPath != null && returnPath.trim().equals("<>")) {
            return "empty Return-Path";
        }
        InternetAddress from = from(message);
        if (from != null) {
            String local = from.getAddress().toLowerCase(Locale.ROOT);
            if (local.startsWith("mailer-daemon@") || local.startsWith("postmaster@")) {
                return "From: " + from.getAddress();
            }
        }
        return null;
    }

    /** The thread's Message-IDs, oldest first, each once: References, then In-Reply-To. */
    static List<String> references(MimeMessage message) throws MessagingException {
        Set<String> ids = new LinkedHashSet<>();
        for (String name : new String[]{"References", "In-Reply-To"}) {
            String value = header(message, name);
            if (value != null) {
                Matcher matcher = MESSAGE_ID.matcher(value);
                while (matcher.find()) {
                    ids.add(matcher.group());
                }
            }
        }
        return List.copyOf(ids);
    }

    static final class Parts {
        final List<String> text = new ArrayList<>();
        final List<String> html = new ArrayList<>();
        final List<ReadMail.Attachment> attachments = new ArrayList<>();
        boolean deliveryReport;
    }

    private static void collect(Part part, Parts into) throws MessagingException, IOException {
        ContentType type = contentType(part);
        String baseType = type.getBaseType().toLowerCase(Locale.ROOT);
        if (baseType.equals("multipart/report")
                && "delivery-status".equalsIgnoreCase(type.getParameter("report-type"))) {
            into.deliveryReport = true;
        }
        if (baseType.startsWith("multipart/")) {
            try {
                Object content = part.getContent();
                if (content instanceof Multipart multipart) {
                    for (int i = 0; i < multipart.getCount(); i++) {
                        BodyPart child = multipart.getBodyPart(i);
                        collect(child, into);
                    }
                    return;
                }
            } catch (MessagingException broken) {
                // A multipart whose boundaries never come: its body is kept as the message's text.
                into.text.add(text(part, new ContentType("text", "plain", null)));
                return;
            }
        }
        if (baseType.equals("message/delivery-status")) {
            into.deliveryReport = true;
            return;
        }
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
        if (!attached && baseType.equals("text/plain")) {
            into.text.add(text(part, type));
        } else if (!attached && baseType.equals("text/html")) {
            into.html.add(text(part, type));
        } else {
            byte[] content = bytes(part);
            String[] contentId = part.getHeader("Content-ID");
            into.attachments.add(new ReadMail.Attachment(fileName(part), baseType, content.length,
                    contentId == null ? null : contentId[0].replaceAll("[<>]", "").trim(), content));
        }
    }

    /** A part's type; a malformed Content-Type is read as plain text rather than refused. */
    private static ContentType contentType(Part part) throws MessagingException {
        try {
            return new ContentType(part.getContentType() == null ? "text/plain" : part.getContentType());
        } catch (jakarta.mail.internet.ParseException e) {
            return new ContentType("text", "plain", null);
        }
    }

    /** The words of a text part, decoded by the charset its bytes really are in. */
    static String text(Part part, ContentType type) throws MessagingException, IOException {
        byte[] bytes = bytes(part);
        String declared = type.getParameter("charset");
        Charset charset = charset(declared);
        boolean latinOrNone = charset == null || charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII);
        if (latinOrNone || charset.equals(StandardCharsets.UTF_8)) {
            String utf8 = strict(bytes, StandardCharsets.UTF_8);
            if (utf8 != null) {
                return utf8;
            }
        }
        if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
            String declaredText = strict(bytes, charset);
            if (declaredText != null) {
                return declaredText;
            }
        }
        return new String(bytes, WINDOWS_1252);
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(name.trim()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The part's bytes once its transfer encoding (quoted-printable, base64) is undone. */
    private static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String fileName(Part part) throws MessagingException {
        try {
            String name = part.getFileName();
            return name == null ? null : MimeUtility.decodeText(name);
        } catch (java.io.UnsupportedEncodingException e) {
            return part.getFileName();
        }
    }

    private static InternetAddress from(MimeMessage message) throws MessagingException {
        try {
            var from = message.getFrom();
            return from == null || from.length == 0 ? null : (InternetAddress) from[0];
        } catch (jakarta.mail.internet.AddressException e) {
            String raw = header(message, "From");
            Matcher address = Pattern.compile("[^\\s<>\"]+@[^\\s<>\"]+").matcher(raw == null ? "" : raw);
            return address.find() ? new InternetAddress(address.group(), false) : null;
        }
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        return message.getHeader(name, " ");
    }

    private static String decodedHeader(MimeMessage message, String name) throws MessagingException {
        String raw = header(message, name);
        if (raw == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(raw)).strip();
        } catch (java.io.UnsupportedEncodingException e) {
            return raw.strip();
        }
    }
}
