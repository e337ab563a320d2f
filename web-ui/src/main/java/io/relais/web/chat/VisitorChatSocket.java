package io.relais.web.chat;

import io.relais.channels.chat.ChatFrames;
import io.relais.channels.chat.ChatMessages;
import io.relais.channels.chat.ChatVisitor;
import io.relais.channels.chat.WebChat;
import io.relais.shared.Refusal;
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
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

import java.io.IOException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The visitor's side of the web chat, one instance per connection. Frames are small JSON objects:
 * {@code hello} (the visitor's anonymous id, name and email, or the host site's signed token),
 * {@code message} (the widget's line id and text), {@code typing}, {@code read} (the agent's line
 * read), {@code leave} (an email or a phone number to be answered at, when no agent is there) and
 * {@code transcript} (emailed). The server sends {@code welcome}, {@code queue} (place and estimated
 * wait), {@code agent} (who answers), the agent's {@code message}, {@code typing} and {@code read},
 * and {@code ended}. Each line is answered
 * {@code ack} once durably queued; the widget sends again what was not acknowledged when it
 * reconnects, and the line id makes the copy harmless. A bad frame gets an {@code error} with the
 * reason; an oversized one (over 16 KB) closes the connection with 1009, as the protocol says.
 */
@ServerEndpoint("/chat/visitor/{site}")
public class VisitorChatSocket {

    private static final Logger LOG = Logger.getLogger(VisitorChatSocket.class.getName());

    // Endpoints are not CDI beans here (annotated discovery): the container injects EJBs only.
    @EJB
    WebChat chat;

    private ChatVisitor visitor;
    /** The widget's language, said in its hello; English (the protocol's) until then. */
    private Locale reader = Locale.ENGLISH;

    @OnOpen
    public void open(Session session, @PathParam("site") String site) throws IOException {
        try {
            WebChat.checkSite(site);
        } catch (Refusal e) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "unknown site key"));
            return;
        }
        session.setMaxIdleTimeout(15 * 60 * 1000L);
    }

    @OnMessage(maxMessageSize = SocketFrames.MAX_BUFFERED)
    public void frame(String text, Session session, @PathParam("site") String site) throws IOException {
        JsonObject frame = SocketFrames.read(text, session);
        if (frame == null) {
            return;
        }
        String type = frame.getString("type", "");
        String id = SocketFrames.idOf(frame);
        try {
            switch (type) {
                case "hello" -> {
                    reader = "fr".equals(frame.getString("lang", "en")) ? Locale.FRENCH : Locale.ENGLISH;
                    String token = frame.getString("token", null);
                    visitor = token != null ? chat.identify(site, token)
                            : new ChatVisitor(frame.getString("visitor", null), frame.getString("name", null),
                            frame.getString("email", null), false);
                    ChatMessages.checkVisitorId(visitor.id());
                    ChatFrames.send(session, chat.join(visitor, session));
                }
                case "message" -> {
                    if (visitor == null) {
                        send(session, SocketFrames.error(id, "say hello first"));
                        return;
                    }
                    chat.receive(site, visitor, id, frame.getString("text", null));
                    send(session, Json.createObjectBuilder().add("type", "ack").add("id", id).build());
                }
                case "typing" -> {
                    if (visitor != null) {
                        chat.typing(visitor);
                    }
                }
                case "read" -> {
                    if (visitor != null) {
                        chat.read(visitor, id);
                    }
                }
                case "leave" -> {
                    if (visitor == null) {
                        send(session, SocketFrames.error(id, "say hello first"));
                        return;
                    }
                    chat.leave(site, visitor, id, frame.getBoolean("callback", false), frame.getString("address", null),
                            frame.getString("when", null), frame.getString("text", null));
                    send(session, Json.createObjectBuilder().add("type", "ack").add("id", id).build());
                }
                case "transcript" -> {
                    if (visitor == null) {
                        send(session, SocketFrames.error(id, "say hello first"));
                        return;
                    }
                    chat.emailTranscript(visitor, frame.getString("address", null), frame.getString("lang", "fr"));
                    send(session, Json.createObjectBuilder().add("type", "transcript").add("id", id == null ? "" : id).build());
                }
                default -> send(session, SocketFrames.error(id, "unknown frame type '" + type + "'"));
            }
        } catch (Refusal e) {
            visitor = "hello".equals(type) ? null : visitor;
            send(session, SocketFrames.error(id, e.message(reader)));
        } catch (ClassCastException e) {
            visitor = "hello".equals(type) ? null : visitor;
            send(session, SocketFrames.error(id, e.getMessage()));
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "a chat line could not be queued", e);
            send(session, SocketFrames.error(id, "not received, try again"));
        }
    }

    @OnClose
    public void closed(Session session) {
        chat.left(session);
    }

    @OnError
    public void failed(Session session, Throwable failure) {
        // A visitor's network dropping is ordinary; anything else is worth an administrator's look.
        LOG.log(failure instanceof IOException ? Level.FINE : Level.WARNING,
                "chat connection " + session.getId() + " failed", failure);
    }

    /** A frame built here (a JSON object) or by {@code SocketFrames} (already text). */
    private static void send(Session session, Object frame) {
        ChatFrames.send(session, frame.toString());
    }
}
