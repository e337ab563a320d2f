package io.relais.channels.chat;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.websocket.Session;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chat connections open on this server: visitors' by visitor id (a visitor may have several
 * tabs open) and agents' consoles by user name, with whether the agent takes chats now. Connections
 * live in memory: with several servers, a frame reaches only those connected to the same server.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChatSessions {

    private static final String VISITOR = "relaisVisitor";
    private static final String AGENT = "relaisAgent";
    private final Map<String, Set<Session>> byVisitor = new ConcurrentHashMap<>();
    private final Map<String, Console> byAgent = new ConcurrentHashMap<>();

    /** An agent at the chat console, on one or more connections. */
    public record OnlineAgent(String login, String name, boolean available) {
    }

    private record Console(String name, Set<Session> sessions, boolean available) {
    }

    public void joined(String visitorId, Session session) {
        left(session);
        session.getUserProperties().put(VISITOR, visitorId);
        byVisitor.computeIfAbsent(visitorId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** The connection closed: it leaves, and its unsent frames are dropped. */
    public void closed(Session session) {
        left(session);
        ChatFrames.closed(session);
    }

    public void left(Session session) {
        Object visitorId = session.getUserProperties().remove(VISITOR);
        if (visitorId != null) {
            byVisitor.computeIfPresent((String) visitorId, (id, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
        Object agent = session.getUserProperties().remove(AGENT);
        if (agent != null) {
            byAgent.computeIfPresent((String) agent, (login, console) -> {
                console.sessions().remove(session);
                return console.sessions().isEmpty() ? null : console;
            });
        }
    }

    /** An agent opened the console; he takes chats only once he says he is available. */
    public void agentJoined(String login, String name, Session session) {
        session.getUserProperties().put(AGENT, login);
        byAgent.compute(login, (key, console) -> {
            Console present = console == null ? new Console(name, ConcurrentHashMap.newKeySet(), false) : console;
            present.sessions().add(session);
            return present;
        });
    }

    /** @return whether the agent is connected at all */
    public boolean setAvailable(String login, boolean available) {
        return byAgent.computeIfPresent(login, (key, console) ->
                new Console(console.name(), console.sessions(), available)) != null;
    }

    public List<OnlineAgent> onlineAgents() {
        return byAgent.entrySet().stream()
                .map(entry -> new OnlineAgent(entry.getKey(), entry.getValue().name(), entry.getValue().available()))
                .sorted(Comparator.comparing(OnlineAgent::name))
                .toList();
    }

    public int availableAgents() {
        return (int) byAgent.values().stream().filter(Console::available).count();
    }

    /** @return how many of the visitor's connections the frame was handed to */
    public int deliver(String visitorId, String frame) {
        return send(byVisitor.getOrDefault(visitorId, Set.of()), frame);
    }

    /** @return how many of the agent's consoles the frame was handed to */
    public int toAgent(String login, String frame) {
        Console console = byAgent.get(login);
        return console == null ? 0 : send(console.sessions(), frame);
    }

    public void toAllAgents(String frame) {
        byAgent.values().forEach(console -> send(console.sessions(), frame));
    }

    private static int send(Set<Session> sessions, String frame) {
        int delivered = 0;
        for (Session session : sessions) {
            if (session.isOpen()) {
                ChatFrames.send(session, frame);
                delivered++;
            }
        }
        return delivered;
    }
}
