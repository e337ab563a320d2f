package io.relais.channels.chat;

import io.relais.channels.boundary.InboundMessage;
import io.relais.channels.boundary.InvalidInboundMessageException;
import io.relais.shared.Channel;
import io.relais.timeline.entity.IdentityKind;

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
    private static final Pattern VISITOR_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Pattern LINE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private ChatMessages() {
    }

    public static void checkVisitorId(String id) {
        if (id == null || !VISITOR_ID.matcher(id).matches()) {
            throw new InvalidInboundMessageException("a visitor id has 8 to 64 letters, digits, - or _");
        }
    }

    public static InboundMessage inbound(String site, ChatVisitor visitor, String lineId, String text, Instant now) {
        checkVisitorId(visitor.id());
        if (lineId == null || !LINE_ID.matcher(lineId).matches()) {
            throw new InvalidInboundMessageException("a chat line id has 1 to 64 letters, digits, - or _");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInboundMessageException("a chat line has words");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInboundMessageException("a chat line has at most " + MAX_TEXT + " characters");
        }
        boolean proven = visitor.verified() && visitor.email() != null;
        String name = visitor.name() == null || visitor.name().isBlank() ? null : visitor.name().strip();
        return new InboundMessage(null, Channel.CHAT, site, "chat:" + visitor.id() + ":" + lineId,
                proven ? IdentityKind.EMAIL : IdentityKind.WEBCHAT_VISITOR, proven ? visitor.email() : visitor.id(),
                name, Set.of(THREAD_KEY + visitor.id()), null, text.strip(), null, List.of(), now, now, null,
                "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }
}
