package io.relais.channels.chat;

import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;

import java.io.IOException;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends frames on a chat connection one at a time, in order: a connection takes no second
 * asynchronous send before the first completes, and frames for one agent come from many threads
 * (listeners, other sockets). A connection that lets {@value #MAX_PENDING} frames pile up is not
 * reading: it is closed, and the client reconnects and catches up.
 */
public final class ChatFrames implements SendHandler {

    static final int MAX_PENDING = 1_000;
    private static final Logger LOG = Logger.getLogger(ChatFrames.class.getName());
    private static final Map<Session, ChatFrames> BY_SESSION = new ConcurrentHashMap<>();

    private final Session session;
    private final Queue<String> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicBoolean sending = new AtomicBoolean();

    private ChatFrames(Session session) {
        this.session = session;
    }

    public static void send(Session session, String frame) {
        if (session.isOpen()) {
            BY_SESSION.computeIfAbsent(session, ChatFrames::new).offer(frame);
        }
    }

    /** Forgets a closed connection's frames. */
    public static void closed(Session session) {
        BY_SESSION.remove(session);
    }

    private void offer(String frame) {
        if (size.incrementAndGet() > MAX_PENDING) {
            closeSlowReader();
            return;
        }
        pending.add(frame);
        drain();
    }

    private void drain() {
        while (!pending.isEmpty() && sending.compareAndSet(false, true)) {
            String next = pending.poll();
            if (next == null) {
                sending.set(false);
                continue;
            }
            size.decrementAndGet();
            try {
                session.getAsyncRemote().sendText(next, this);
                return;
            } catch (RuntimeException closedMeanwhile) {
                sending.set(false);
                BY_SESSION.remove(session);
                return;
            }
        }
    }

    @Override
    public void onResult(SendResult result) {
        sending.set(false);
        if (result.isOK()) {
            drain();
        } else {
            BY_SESSION.remove(session);
        }
    }

    private void closeSlowReader() {
        BY_SESSION.remove(session);
        try {
            session.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "a slow chat connection could not be closed cleanly", e);
        }
    }
}
