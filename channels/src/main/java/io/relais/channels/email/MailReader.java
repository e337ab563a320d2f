package io.relais.channels.email;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a raw email (RFC 5322 / MIME) with Jakarta Mail into a {@link ReadMail}, leniently, the way
 * mature mail software does, since real mail breaks every rule somewhere:
 * <ul>
 * <li>charsets are taken as declared when the bytes agree: a part declared ISO-8859-1 or US-ASCII, or
 * with no charset, that is valid UTF-8 is read as UTF-8; one that holds Windows-1252's printable
 * characters (€ ’ … œ, bytes 0x80 to 0x9F, control codes in ISO-8859-1) is read as Windows-1252, as
 * is anything not valid in its declared or an unknown charset, so no message is lost to its encoding;
 * <li>headers written in raw 8-bit are read as UTF-8 when they are valid UTF-8, as Windows-1252
 * otherwise; RFC 2047 encoded words are decoded, even when a client forgot to fold them properly;
 * <li>an unknown transfer encoding ({@code 7-bit}, {@code 8bits}, {@code plain}, {@code quoted-printable }
 * with a space) is read as the encoding it means, or as the bytes themselves; a body its encoding
 * cannot decode (uuencode without its {@code begin} line) is kept as it is;
 * <li>a Content-Type, Content-Disposition or address header that cannot be parsed is read for what
 * can be found in it (the type and boundary, the disposition and file name, an address), never
 * refused.
 * </ul>
 */
public final class MailReader {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final Pattern REFERENCE = Pattern.compile("\\[(R-[0-9A-F]{8})]");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Mail clients nest a handful of levels; hundreds are an attack on the reader's stack. */
    static final int MAX_NESTING = 32;
    private static final Pattern BASE_TYPE = Pattern.compile("\\s*([\\w.+-]+)\\s*/\\s*([\\w.+-]+)");
    private static final Pattern BOUNDARY = Pattern.compile("(?i)\\bboundary\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))");
    private static final Pattern DISPOSITION_TYPE = Pattern.compile("\\s*([A-Za-z-]+)");
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"(),;:]+@[^\\s<>\"(),;:]+");

    private MailReader() {
    }

    public static ReadMail read(byte[] raw) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        Parts parts = new Parts();
        collect(message, parts, 0);
        InternetAddress from = from(message);
        String subject = decodedHeader(message, "Subject");
        Matcher quoted = REFERENCE.matcher(subject == null ? "" : subject);
        String messageId = header(message, "Message-ID");
        return new ReadMail(messageId == null || messageId.isBlank() ? null : messageId.strip(), references(message),
                quoted.find() ? quoted.group(1) : null,
                from == null ? null : from.getAddress().toLowerCase(Locale.ROOT),
                from == null ? null : personal(from), subject,
                sentAt(message),
                parts.text.isEmpty() ? null : String.join("\n\n", parts.text),
                parts.html.isEmpty() ? null : String.join("\n", parts.html),
                parts.attachments, automatic(message, parts));
    }

    /** The sender and subject from the headers alone, for a message whose body could not be read. */
    static MailHeadlines headlines(byte[] raw) throws MessagingException {
        MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
        InternetAddress from = from(message);
        return new MailHeadlines(from == null ? null : from.getAddress().toLowerCase(Locale.ROOT),
                decodedHeader(message, "Subject"));
    }

    /** Whether the message carries this header at all: a mark Relais sets on what it sends, say. */
    public static boolean hasHeader(byte[] raw, String name) throws MessagingException {
        return new MimeMessage(SESSION, new ByteArrayInputStream(raw)).getHeader(name) != null;
    }

    private static Instant sentAt(MimeMessage message) {
        try {
            return message.getSentDate() == null ? null : message.getSentDate().toInstant();
        } catch (MessagingException unreadable) {
            return null;
        }
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

    private static void collect(Part part, Parts into, int depth) throws MessagingException, IOException {
        if (depth > MAX_NESTING) {
            throw new MessagingException("the message nests its parts deeper than " + MAX_NESTING + " levels");
        }
        ContentType type = contentType(part);
        String baseType = type.getBaseType().toLowerCase(Locale.ROOT);
        if (baseType.equals("multipart/report")
                && "delivery-status".equalsIgnoreCase(type.getParameter("report-type"))) {
            into.deliveryReport = true;
        }
        if (baseType.startsWith("multipart/")) {
            Multipart multipart = multipart(part, type);
            if (multipart != null) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child, into, depth + 1);
                }
                return;
            }
            // A multipart whose boundaries never come: its body is kept as the message's text.
            into.text.add(text(part, new ContentType("text", "plain", null)));
            return;
        }
        if (baseType.equals("message/delivery-status")) {
            into.deliveryReport = true;
            return;
        }
        String fileName = fileName(part);
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition(part)) || fileName != null;
        if (!attached && baseType.equals("text/plain")) {
            into.text.add(text(part, type));
        } else if (!attached && baseType.equals("text/html")) {
            into.html.add(text(part, type));
        } else {
            byte[] content = bytes(part);
            String[] contentId = part.getHeader("Content-ID");
            into.attachments.add(new ReadMail.Attachment(fileName, baseType, content.length,
                    contentId == null ? null : contentId[0].replaceAll("[<>]", "").trim(), content));
        }
    }

    /**
     * The multipart's parts, parsed with the type as read here (a Content-Type Jakarta Mail refuses
     * still has a boundary) from its body once its transfer encoding is undone; null when its
     * boundaries never come.
     */
    private static Multipart multipart(Part part, ContentType type) throws MessagingException {
        try {
            if (part.getContent() instanceof Multipart multipart) {
                multipart.getCount();
                return multipart;
            }
        } catch (MessagingException | IOException refused) {
            // read again below, from the body's bytes
        }
        try {
            MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(bytes(part), type.toString()));
            multipart.getCount();
            return multipart;
        } catch (MessagingException | IOException broken) {
            return null;
        }
    }

    /**
     * A part's type. A Content-Type Jakarta Mail cannot parse is read for its type and boundary; one
     * without even a type is plain text.
     */
    static ContentType contentType(Part part) throws MessagingException {
        String raw = firstHeader(part, "Content-Type");
        if (raw == null) {
            return new ContentType("text", "plain", null);
        }
        try {
            return new ContentType(raw);
        } catch (jakarta.mail.internet.ParseException e) {
            Matcher base = BASE_TYPE.matcher(raw);
            if (!base.lookingAt()) {
                return new ContentType("text", "plain", null);
            }
            ParameterList parameters = new ParameterList();
            Matcher boundary = BOUNDARY.matcher(raw);
            if (boundary.find()) {
                parameters.set("boundary", boundary.group(1) != null ? boundary.group(1) : boundary.group(2));
            }
            return new ContentType(base.group(1), base.group(2), parameters);
        }
    }

    /** The part's disposition ("attachment", "inline"), or null; a broken header is read for its first word. */
    private static String disposition(Part part) throws MessagingException {
        try {
            return part.getDisposition();
        } catch (jakarta.mail.internet.ParseException broken) {
            String raw = firstHeader(part, "Content-Disposition");
            Matcher type = DISPOSITION_TYPE.matcher(raw == null ? "" : raw);
            return type.lookingAt() ? type.group(1) : null;
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
        if (latinOrNone && holdsWindowsPrintables(bytes)) {
            return new String(bytes, WINDOWS_1252);
        }
        if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
            String declaredText = strict(bytes, charset);
            if (declaredText != null) {
                return declaredText;
            }
        }
        return new String(bytes, WINDOWS_1252);
    }

    /** Bytes 0x80 to 0x9F: control codes in ISO-8859-1 nobody types, Windows-1252's € ’ … œ. */
    private static boolean holdsWindowsPrintables(byte[] bytes) {
        for (byte b : bytes) {
            int value = b & 0xFF;
            if (value >= 0x80 && value <= 0x9F) {
                return true;
            }
        }
        return false;
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

    /**
     * The part's bytes once its transfer encoding (quoted-printable, base64) is undone. An encoding
     * Jakarta Mail does not know is read as the one it means, or not decoded at all; a body its
     * encoding cannot decode is kept as it came.
     */
    static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (MessagingException | IOException unknownOrBroken) {
            if (!(part instanceof MimePart mime)) {
                throw unknownOrBroken;
            }
            byte[] raw = raw(mime);
            String encoding = BrokenHeaders.transferEncodingMeant(firstHeader(part, "Content-Transfer-Encoding"));
            if (encoding == null) {
                return raw;
            }
            try (InputStream decoded = MimeUtility.decode(new ByteArrayInputStream(raw), encoding)) {
                return decoded.readAllBytes();
            } catch (MessagingException | IOException stillBroken) {
                return raw;
            }
        }
    }

    private static byte[] raw(MimePart part) throws MessagingException, IOException {
        InputStream in = part instanceof MimeMessage message ? message.getRawInputStream()
                : ((MimeBodyPart) part).getRawInputStream();
        try (in) {
            return in.readAllBytes();
        }
    }

    /** The attachment's name from its disposition or its type, whichever can be read, decoded. */
    private static String fileName(Part part) throws MessagingException {
        String name;
        try {
            name = part.getFileName();
        } catch (jakarta.mail.internet.ParseException broken) {
            name = Stream.of(firstHeader(part, "Content-Disposition"), firstHeader(part, "Content-Type"))
                    .map(BrokenHeaders::fileNameIn).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return MimeUtility.decodeText(eightBit(name)).strip();
        } catch (java.io.UnsupportedEncodingException e) {
            return eightBit(name).strip();
        }
    }

    /**
     * The sender. A From header Jakarta Mail cannot parse (nested comments, raw 8-bit, a missing
     * bracket) is searched for an address; one without any is no sender.
     */
    private static InternetAddress from(MimeMessage message) throws MessagingException {
        try {
            var from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress first && first.getAddress() != null
                    && first.getAddress().contains("@")) {
                return first;
            }
        } catch (MessagingException unparsable) {
            // searched below
        }
        String raw = header(message, "From");
        Matcher address = ADDRESS.matcher(raw == null ? "" : raw);
        return address.find() ? new InternetAddress(address.group(), false) : null;
    }

    /** The sender's name, raw 8-bit read as UTF-8 or Windows-1252 like the other headers. */
    private static String personal(InternetAddress from) {
        String name = from.getPersonal();
        return name == null || name.isBlank() ? null : eightBit(name).strip();
    }

    private static String firstHeader(Part part, String name) throws MessagingException {
        String[] values = part.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        return message.getHeader(name, " ");
    }

    private static String decodedHeader(MimeMessage message, String name) throws MessagingException {
        String raw = header(message, name);
        if (raw == null) {
            return null;
        }
        String unfolded = eightBit(MimeUtility.unfold(raw));
        try {
            return MimeUtility.decodeText(unfolded).strip();
        } catch (java.io.UnsupportedEncodingException e) {
            return unfolded.strip();
        }
    }

    /**
     * A header as Jakarta Mail read it, one character per byte: raw 8-bit bytes (which RFC 5322 does
     * not allow and every mail client sends) are read again as UTF-8 when they are valid UTF-8, as
     * Windows-1252 otherwise.
     */
    static String eightBit(String header) {
        boolean eightBit = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c > 0xFF) {
                return header;
            }
            eightBit |= c >= 0x80;
        }
        if (!eightBit) {
            return header;
        }
        byte[] bytes = header.getBytes(StandardCharsets.ISO_8859_1);
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        return utf8 != null ? utf8 : new String(bytes, WINDOWS_1252);
    }
}
