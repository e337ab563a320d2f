package io.relais.channels.chat;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.websocket.Session;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The visitors' open chat connections on this server, by visitor id (a visitor may have several
 * tabs open), so that an agent's reply reaches each of them. Connections live in memory: with
 * several servers, a reply reaches the visitor only through the server he is connected to.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChatSessions {

    private static final String VISITOR = "relaisVisitor";
    private final Map<String, Set<Session>> byVisitor = new ConcurrentHashMap<>();

    public void joined(String visitorId, Session session) {
        left(session);
        session.getUserProperties().put(VISITOR, visitorId);
        byVisitor.computeIfAbsent(visitorId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    public void left(Session session) {
        Object visitorId = session.getUserProperties().remove(VISITOR);
        if (visitorId != null) {
            byVisitor.computeIfPresent((String) visitorId, (id, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    /** @return how many of the visitor's connections the frame was handed to */
    public int deliver(String visitorId, String frame) {
        int delivered = 0;
        for (Session session : byVisitor.getOrDefault(visitorId, Set.of())) {
            if (session.isOpen()) {
                session.getAsyncRemote().sendText(frame);
                delivered++;
            }
        }
        return delivered;
    }
}
