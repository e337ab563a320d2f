package io.relais.channels.chat;

import io.relais.channels.boundary.InboundMessage;
import io.relais.channels.boundary.InboundPipeline;
import io.relais.channels.control.ChannelRefusals;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the visitor's chat socket asks of the channels: who a visitor is (a signed token checked with
 * the site's secret, {@code RELAIS_CHAT_SECRET_<SITE>}); taking his lines into the pipeline, each
 * acknowledged to the widget only once it is durably queued; telling the agent he types or has
 * read; a request left when no agent is there; the transcript by email.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebChat {

    private static final Pattern SITE = Pattern.compile("[a-z0-9-]{1,40}");

    @Inject
    InboundPipeline pipeline;

    @Inject
    ChatSessions sessions;

    @Inject
    LiveChats chats;

    @Inject
    ChatRelay relay;

    public static void checkSite(String site) {
        if (site == null || !SITE.matcher(site).matches()) {
            throw ChannelRefusals.invalid("chat.siteKey");
        }
    }

    public ChatVisitor identify(String site, String token) {
        checkSite(site);
        String property = "relais.chat.secret." + site;
        String secret = ConfigProvider.getConfig().getOptionalValue(property, String.class)
                .orElseThrow(() -> ChannelRefusals.invalid("chat.siteSecret", site,
                        property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_')));
        return VisitorTokens.verify(token, secret, Instant.now());
    }

    /** @return the line as queued */
    public InboundMessage receive(String site, ChatVisitor visitor, String lineId, String text) {
        checkSite(site);
        return pipeline.accept(ChatMessages.inbound(site, visitor, lineId, text, Instant.now()));
    }

    /**
     * The visitor's connection joins his others. @return the welcome frame: whether agents are
     * there to chat, and who answers him if someone does; a waiting visitor hears his place next.
     */
    public String join(ChatVisitor visitor, Session session) {
        sessions.joined(visitor.id(), session);
        var welcome = ChatJson.frame("welcome").add("visitor", visitor.id())
                .add("agentsAvailable", sessions.availableAgents());
        chats.ofVisitor(visitor.id()).ifPresent(chat -> {
            if (chat.waiting()) {
                relay.updateQueue();
            } else if (chat.agentName() != null) {
                welcome.add("agent", chat.agentName());
            }
        });
        return welcome.build().toString();
    }

    public void left(Session session) {
        sessions.closed(session);
    }

    /** The visitor types: the agent answering him sees it. */
    public void typing(ChatVisitor visitor) {
        chats.ofVisitor(visitor.id()).filter(chat -> chat.agent() != null).ifPresent(chat ->
                sessions.toAgent(chat.agent(), ChatJson.conversationFrame("typing", chat.conversationId())));
    }

    /** The visitor has read the agent's lines up to this one (its interaction id). */
    public void read(ChatVisitor visitor, String interactionId) {
        if (interactionId == null || !interactionId.matches("[0-9a-f-]{36}")) {
            throw ChannelRefusals.invalid("chat.readReceipt");
        }
        chats.ofVisitor(visitor.id()).filter(chat -> chat.agent() != null).ifPresent(chat ->
                sessions.toAgent(chat.agent(), ChatJson.frame("read").add("conversation", chat.conversationId()
                        .toString()).add("id", interactionId).build().toString()));
    }

    /** A request left while no agent could chat: to be answered by email, or called back. */
    public InboundMessage leave(String site, ChatVisitor visitor, String lineId, boolean callback, String address,
                                String when, String text) {
        checkSite(site);
        return pipeline.accept(ChatMessages.left(site, visitor, lineId, callback, address, when, text, Instant.now()));
    }

    /** Emails the visitor his chat; a signed-in visitor's own address is used when he gives none. */
    public void emailTranscript(ChatVisitor visitor, String address, String language) {
        String to = (address == null || address.isBlank()) && visitor.verified() ? visitor.email() : address;
        chats.emailTranscript(visitor.id(), to, language);
    }
}
