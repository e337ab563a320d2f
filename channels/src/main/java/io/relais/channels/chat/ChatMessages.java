package io.relais.channels.chat;

import io.relais.channels.boundary.InboundMessage;
import io.relais.channels.control.ChannelRefusals;
import io.relais.shared.Channel;
import io.relais.shared.PhoneNumbers;
import io.relais.timeline.boundary.IdentityKind;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A visitor's chat line as the pipeline takes it. Its provider id is the visitor's id and the
 * widget's own id for the line, so a line the widget sends again after a reconnection is recorded
 * once. A visitor the host site vouches for writes as his email, and so joins his customer record;
 * others write as their anonymous id, with the name they gave.
 */
public final class ChatMessages {

    public static final int MAX_TEXT = 4_000;
    public static final String THREAD_KEY = "chat:";
    static final String LEFT_PREFIX = "chat-left:";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,63}");
    private static final Pattern VISITOR_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Pattern LINE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private ChatMessages() {
    }

    public static void checkVisitorId(String id) {
        if (id == null || !VISITOR_ID.matcher(id).matches()) {
            throw ChannelRefusals.invalid("chat.visitorId");
        }
    }

    public static InboundMessage inbound(String site, ChatVisitor visitor, String lineId, String text, Instant now) {
        checkVisitorId(visitor.id());
        if (lineId == null || !LINE_ID.matcher(lineId).matches()) {
            throw ChannelRefusals.invalid("chat.lineId");
        }
        if (text == null || text.isBlank()) {
            throw ChannelRefusals.invalid("chat.lineEmpty");
        }
        if (text.length() > MAX_TEXT) {
            throw ChannelRefusals.invalid("chat.lineTooLong", MAX_TEXT);
        }
        boolean proven = visitor.verified() && visitor.email() != null;
        String name = visitor.name() == null || visitor.name().isBlank() ? null : visitor.name().strip();
        return new InboundMessage(null, Channel.CHAT, site, "chat:" + visitor.id() + ":" + lineId,
                proven ? IdentityKind.EMAIL : IdentityKind.WEBCHAT_VISITOR, proven ? visitor.email() : visitor.id(),
                name, Set.of(THREAD_KEY + visitor.id()), null, text.strip(), null, List.of(), now, now, null,
                "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    /** A line of a live chat, as opposed to a request left while no agent was there. */
    public static boolean isLiveLine(InboundMessage message) {
        return message.channel() == Channel.CHAT && message.providerMessageId() != null
                && message.providerMessageId().startsWith(THREAD_KEY);
    }

    /**
     * What a visitor leaves when no agent is there to chat: an email address to be answered at, or a
     * phone number to be called back on (with when it suits him). The address identifies the
     * customer as an email's sender would; the request starts its own conversation, outside the queue.
     */
    public static InboundMessage left(String site, ChatVisitor visitor, String lineId, boolean callback, String address,
                                      String when, String text, Instant now) {
        checkVisitorId(visitor.id());
        if (lineId == null || !LINE_ID.matcher(lineId).matches()) {
            throw ChannelRefusals.invalid("chat.lineId");
        }
        String words = text == null ? "" : text.strip();
        if (words.length() > MAX_TEXT) {
            throw ChannelRefusals.invalid("chat.lineTooLong", MAX_TEXT);
        }
        String sender;
        String subject;
        if (callback) {
            try {
                sender = PhoneNumbers.toE164(address == null ? "" : address.strip());
            } catch (IllegalArgumentException e) {
                throw ChannelRefusals.invalid("chat.notAPhone", address);
            }
            String time = when == null || when.isBlank() ? "" : " (" + shorten(when.strip(), 100) + ")";
            subject = "Rappel demandé au " + sender + time;
        } else {
            if (!words.isEmpty() && address != null && EMAIL.matcher(address.strip()).matches()) {
                sender = address.strip();
            } else {
                throw words.isEmpty() ? ChannelRefusals.invalid("chat.requestEmpty")
                        : ChannelRefusals.invalid("chat.notAnEmail", address);
            }
            subject = "Réponse par e-mail demandée depuis le chat";
        }
        String name = visitor.name() == null || visitor.name().isBlank() ? null : visitor.name().strip();
        String body = words.isEmpty() ? subject : words;
        return new InboundMessage(null, Channel.CHAT, site, LEFT_PREFIX + visitor.id() + ":" + lineId,
                callback ? IdentityKind.PHONE : IdentityKind.EMAIL, sender, name, Set.of(), subject, body, null,
                List.of(), now, now, null, "text/plain", body.getBytes(StandardCharsets.UTF_8));
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
