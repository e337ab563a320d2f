package io.relais.web.chat;

import io.relais.channels.chat.ChatFrames;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import java.io.IOException;
import java.io.StringReader;

/**
 * What both chat sockets do with a frame before they look at its type: an oversized one closes the
 * connection with 1009, as the protocol says; one that is not a JSON object gets an {@code error}
 * with the reason; errors name the frame's own id when it had one.
 */
final class SocketFrames {

    static final int MAX_FRAME = 16 * 1024;
    /** What the container buffers at most; a frame between the two is refused by us, with the reason. */
    static final int MAX_BUFFERED = 1024 * 1024;

    private SocketFrames() {
    }

    /** @return the frame, or null when it was refused (and the client told) */
    static JsonObject read(String text, Session session) throws IOException {
        if (text.length() > MAX_FRAME) {
            session.close(new CloseReason(CloseReason.CloseCodes.TOO_BIG, "a frame has at most " + MAX_FRAME + " characters"));
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            ChatFrames.send(session, error(null, "a frame is a JSON object"));
            return null;
        }
    }

    static String idOf(JsonObject frame) {
        return frame.get("id") instanceof JsonString id ? id.getString() : null;
    }

    static String error(String id, String reason) {
        var error = Json.createObjectBuilder().add("type", "error").add("reason", reason == null ? "refused" : reason);
        if (id != null) {
            error.add("id", id);
        }
        return error.build().toString();
    }
}
