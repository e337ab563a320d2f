package io.relais.web.chat;

import io.relais.channels.chat.ChatConsole;
import io.relais.channels.chat.ChatFrames;
import io.relais.shared.Refusal;
import io.relais.staff.boundary.StaffDirectory;
import io.relais.staff.boundary.StaffView;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The agent's live chat console, one connection per open console page, signed in (web.xml keeps
 * {@code /chat/*} for agents) and from Relais's own pages only ({@code SameOriginFilter}: a page of
 * another site cannot open it with the agent's cookie). The console sends {@code available}, {@code take}, {@code message},
 * {@code typing}, {@code read}, {@code transfer} and {@code end}, each about one conversation; it
 * receives {@code hello} (its chats), {@code queue} (waiting chats and agents at the console),
 * {@code chat} (a chat that joins it), {@code line}, {@code typing}, {@code read}, {@code released},
 * {@code ended}, and {@code ack} or {@code error} for what it sent.
 */
@ServerEndpoint("/chat/agent")
public class AgentChatSocket {

    private static final Logger LOG = Logger.getLogger(AgentChatSocket.class.getName());

    @EJB
    ChatConsole console;

    @EJB
    StaffDirectory staff;

    private String login;
    /** The console page's language ({@code ?lang=fr}); English, the protocol's, for other clients. */
    private Locale reader = Locale.ENGLISH;

    @OnOpen
    public void open(Session session) throws IOException {
        if (session.getUserPrincipal() == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "agents only"));
            return;
        }
        login = session.getUserPrincipal().getName();
        List<String> lang = session.getRequestParameterMap().get("lang");
        reader = lang != null && lang.contains("fr") ? Locale.FRENCH : Locale.ENGLISH;
        String name = staff.member(login).map(StaffView::displayName).orElse(login);
        session.setMaxIdleTimeout(0);
        ChatFrames.send(session, console.connect(login, name, session));
    }

    @OnMessage(maxMessageSize = SocketFrames.MAX_BUFFERED)
    public void frame(String text, Session session) throws IOException {
        JsonObject frame = login == null ? null : SocketFrames.read(text, session);
        if (frame == null) {
            return;
        }
        String type = frame.getString("type", "");
        String id = SocketFrames.idOf(frame);
        try {
            switch (type) {
                case "available" -> console.setAvailable(login, frame.getBoolean("available", false));
                case "take" -> send(session, console.take(conversation(frame), login,
                        staff.member(login).map(StaffView::displayName).orElse(login)));
                case "message" -> {
                    UUID reply = console.reply(conversation(frame), login, frame.getString("text", null), reader);
                    send(session, Json.createObjectBuilder().add("type", "ack").add("id", id == null ? "" : id)
                            .add("interaction", reply.toString()).build().toString());
                }
                case "typing" -> console.typing(conversation(frame), login);
                case "read" -> console.read(conversation(frame), login, frame.getString("line", null));
                case "transfer" -> console.transfer(conversation(frame), login, frame.getString("to", ""));
                case "end" -> console.end(conversation(frame), login);
                case "ping" -> send(session, "{\"type\":\"pong\"}");
                default -> send(session, SocketFrames.error(id, "unknown frame type '" + type + "'"));
            }
        } catch (Refusal e) {
            send(session, SocketFrames.error(id, e.message(reader)));
        } catch (IllegalArgumentException | ClassCastException e) {
            send(session, SocketFrames.error(id, e.getMessage()));
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "a chat console request failed", e);
            send(session, SocketFrames.error(id, "not done, try again"));
        }
    }

    @OnClose
    public void closed(Session session) {
        if (login != null) {
            console.disconnected(session);
        }
    }

    @OnError
    public void failed(Session session, Throwable failure) {
        LOG.log(failure instanceof IOException ? Level.FINE : Level.WARNING,
                "chat console connection " + session.getId() + " failed", failure);
    }

    private static UUID conversation(JsonObject frame) {
        String conversation = frame.getString("conversation", null);
        if (conversation == null) {
            throw new IllegalArgumentException("which conversation? (conversation)");
        }
        try {
            return UUID.fromString(conversation);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a conversation id: " + conversation);
        }
    }

    private static void send(Session session, String frame) {
        ChatFrames.send(session, frame);
    }
}
