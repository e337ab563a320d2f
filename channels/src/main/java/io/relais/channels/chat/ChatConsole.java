package io.relais.channels.chat;

import io.relais.channels.boundary.Replies;
import io.relais.channels.boundary.ReplyDraft;
import io.relais.channels.control.ChannelRefusals;
import io.relais.shared.Channel;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.websocket.Session;

import java.util.Locale;
import java.util.UUID;

/**
 * What an agent does at the live chat console, several chats at once: say whether he takes chats,
 * take one from the queue, answer (recorded, then sent like any reply), show that he is typing or
 * has read, hand a chat to a colleague who is at the console, and end it. An agent acts only on
 * the chats he answers.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChatConsole {

    private static final int MAX_TEXT = ChatMessages.MAX_TEXT;

    @Inject
    ChatSessions sessions;

    @Inject
    LiveChats chats;

    @Inject
    ChatRelay relay;

    @Inject
    Replies replies;

    /** @return the console's first frame: the agent's chats with what was said so far */
    public String connect(String login, String name, Session session) {
        sessions.agentJoined(login, name, session);
        JsonArrayBuilder mine = Json.createArrayBuilder();
        for (LiveChatView chat : chats.answeredBy(login)) {
            mine.add(ChatJson.chatWithLinesObject(chat, chats.lines(chat.conversationId())));
        }
        relay.updateQueue();
        return ChatJson.frame("hello").add("agent", login).add("name", name).add("chats", mine).build().toString();
    }

    public void disconnected(Session session) {
        sessions.closed(session);
        relay.updateQueue();
    }

    public void setAvailable(String login, boolean available) {
        sessions.setAvailable(login, available);
        relay.updateQueue();
    }

    /** @return the chat with what was said so far */
    public String take(UUID conversationId, String login, String name) {
        LiveChatView chat = chats.take(conversationId, login, name);
        return ChatJson.chatWithLines("chat", chat, chats.lines(conversationId));
    }

    /**
     * @param reader the agent's language, for a reply the library refuses
     * @return the reply's interaction id, recorded before it is sent
     */
    public UUID reply(UUID conversationId, String login, String text, Locale reader) {
        answered(conversationId, login);
        if (text == null || text.isBlank()) {
            throw ChannelRefusals.invalid("chat.replyEmpty");
        }
        if (text.length() > MAX_TEXT) {
            throw ChannelRefusals.invalid("chat.replyTooLong", MAX_TEXT);
        }
        return replies.send(new ReplyDraft(conversationId, Channel.CHAT, null, text, login, null), reader)
                .interactionId();
    }

    public void typing(UUID conversationId, String login) {
        LiveChatView chat = answered(conversationId, login);
        sessions.deliver(chat.visitorId(), ChatJson.frame("typing").build().toString());
    }

    /** The agent has read the visitor's lines up to this one (the widget's own line id). */
    public void read(UUID conversationId, String login, String lineId) {
        LiveChatView chat = answered(conversationId, login);
        if (lineId != null) {
            sessions.deliver(chat.visitorId(), ChatJson.frame("read").add("id", lineId).build().toString());
        }
    }

    /** @throws io.relais.shared.Refusal when the colleague is not at the console */
    public void transfer(UUID conversationId, String login, String toLogin) {
        ChatSessions.OnlineAgent colleague = sessions.onlineAgents().stream()
                .filter(agent -> agent.login().equals(toLogin)).findFirst()
                .orElseThrow(() -> ChannelRefusals.conflict("chat.colleagueAbsent", toLogin));
        chats.transfer(conversationId, login, colleague.login(), colleague.name());
    }

    public void end(UUID conversationId, String login) {
        chats.end(conversationId, login);
    }

    private LiveChatView answered(UUID conversationId, String login) {
        LiveChatView chat = chats.chat(conversationId)
                .orElseThrow(() -> ChannelRefusals.notFound("chat.unknown"));
        if (!chat.answeredBy(login)) {
            throw ChannelRefusals.conflict("chat.notYours");
        }
        return chat;
    }
}
