package io.relais.channels.chat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The frames the chat sockets send, visitor's and agent's, as small JSON objects. */
public final class ChatJson {

    private ChatJson() {
    }

    public static JsonObjectBuilder frame(String type) {
        return Json.createObjectBuilder().add("type", type);
    }

    /** Ids, times and names as strings; what is unknown is left out. */
    private static void put(JsonObjectBuilder builder, String name, Object value) {
        if (value != null) {
            builder.add(name, value.toString());
        }
    }

    public static JsonObjectBuilder line(UUID conversationId, ChatLine line) {
        JsonObjectBuilder frame = frame("line");
        put(frame, "conversation", conversationId);
        put(frame, "id", line.interactionId());
        put(frame, "line", line.lineId());
        put(frame, "from", line.fromVisitor() ? "visitor" : "agent");
        put(frame, "author", line.author());
        put(frame, "text", line.text());
        put(frame, "at", line.at());
        put(frame, "status", line.deliveryStatus());
        return frame;
    }

    public static JsonObjectBuilder chat(LiveChatView chat) {
        JsonObjectBuilder frame = Json.createObjectBuilder();
        put(frame, "conversation", chat.conversationId());
        put(frame, "customer", chat.customerId());
        put(frame, "visitor", chat.visitorId());
        put(frame, "site", chat.site());
        put(frame, "name", chat.visitorName());
        put(frame, "state", chat.state());
        put(frame, "waitingSince", chat.waitingSince());
        put(frame, "agent", chat.agent());
        put(frame, "agentName", chat.agentName());
        put(frame, "lastLineAt", chat.lastLineAt());
        put(frame, "lastText", chat.lastText());
        return frame;
    }

    /** A chat that joins an agent's console, with what was said so far. */
    public static String chatWithLines(String type, LiveChatView chat, List<ChatLine> lines) {
        return frame(type).add("chat", chatWithLinesObject(chat, lines)).build().toString();
    }

    static JsonObjectBuilder chatWithLinesObject(LiveChatView chat, List<ChatLine> lines) {
        JsonArrayBuilder said = Json.createArrayBuilder();
        lines.forEach(line -> said.add(line(chat.conversationId(), line)));
        return chat(chat).add("lines", said);
    }

    public static String queue(List<LiveChatView> waiting, List<ChatSessions.OnlineAgent> agents) {
        JsonArrayBuilder chats = Json.createArrayBuilder();
        waiting.forEach(chat -> chats.add(chat(chat)));
        JsonArrayBuilder online = Json.createArrayBuilder();
        agents.forEach(agent -> online.add(Json.createObjectBuilder().add("login", agent.login())
                .add("name", agent.name()).add("available", agent.available())));
        return frame("queue").add("waiting", chats).add("agents", online).build().toString();
    }

    /** The visitor's place in the queue; with no agent available the widget offers email or callback. */
    public static String place(int position, Duration estimatedWait, int agentsAvailable) {
        return frame("queue").add("position", position).add("waitSeconds", estimatedWait.toSeconds())
                .add("agentsAvailable", agentsAvailable).build().toString();
    }

    public static String conversationFrame(String type, UUID conversationId) {
        return frame(type).add("conversation", conversationId.toString()).build().toString();
    }
}
