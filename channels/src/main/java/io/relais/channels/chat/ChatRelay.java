package io.relais.channels.chat;

import io.relais.channels.entity.LiveChat;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the sockets what committed: a visitor's line goes to the agent answering the chat (or, while
 * the chat waits, the queue is sent again to every console and each waiting visitor learns his
 * place and the estimated wait); a chat taken, handed over or ended is told to the visitor and the
 * agents concerned. Nothing is sent before its transaction commits. What needs the database runs
 * on the managed executor, after the commit, and queue updates that pile up are sent once.
 */
@ApplicationScoped
public class ChatRelay {

    private static final Logger LOG = Logger.getLogger(ChatRelay.class.getName());

    @Inject
    ChatSessions sessions;

    @Inject
    LiveChats chats;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean queueUpdatePending = new AtomicBoolean();

    void lineRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatEvents.LineRecorded event) {
        LiveChatView chat = event.chat();
        if (chat.state() == LiveChat.State.ACTIVE) {
            sessions.toAgent(chat.agent(), ChatJson.line(chat.conversationId(), event.line()).build().toString());
        } else {
            updateQueue();
        }
    }

    void chatChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatEvents.ChatChanged event) {
        LiveChatView chat = event.chat();
        if (chat.state() == LiveChat.State.ACTIVE) {
            sessions.deliver(chat.visitorId(), ChatJson.frame("agent").add("name", chat.agentName()).build().toString());
            if (event.previousAgent() != null) {
                sessions.toAgent(event.previousAgent(), ChatJson.conversationFrame("released", chat.conversationId()));
                executor.execute(() -> sessions.toAgent(chat.agent(),
                        ChatJson.chatWithLines("chat", chat, chats.lines(chat.conversationId()))));
            }
        } else if (chat.state() == LiveChat.State.ENDED) {
            sessions.deliver(chat.visitorId(), ChatJson.frame("ended").build().toString());
            if (event.previousAgent() != null) {
                sessions.toAgent(event.previousAgent(), ChatJson.conversationFrame("ended", chat.conversationId()));
            }
        }
        updateQueue();
    }

    /** Sends the queue to every console and each waiting visitor his place, soon and once. */
    public void updateQueue() {
        if (queueUpdatePending.compareAndSet(false, true)) {
            executor.execute(this::sendQueue);
        }
    }

    private void sendQueue() {
        queueUpdatePending.set(false);
        try {
            List<LiveChatView> waiting = chats.waiting();
            sessions.toAllAgents(ChatJson.queue(waiting, sessions.onlineAgents()));
            int available = sessions.availableAgents();
            Duration meanWait = chats.recentWait();
            for (int place = 1; place <= waiting.size(); place++) {
                sessions.deliver(waiting.get(place - 1).visitorId(), ChatJson.place(place,
                        LiveChats.estimatedWait(place, available, meanWait), available));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the chat queue could not be sent to the consoles", e);
        }
    }
}
