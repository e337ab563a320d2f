package io.relais.web.live;

import io.relais.channels.boundary.WorkspaceSignals;
import io.relais.shared.event.ConversationChanged;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Pushes "conversation X of customer Y changed at T" to the agents' open pages (Faces websocket
 * channel {@code conversations}). A page decides what to do with it: the customer page reloads its
 * timeline when the agent is not in the middle of something, else it offers to; the inbox counts
 * what changed since it was read.
 */
@ApplicationScoped
public class LivePush {

    @Inject
    WorkspaceSignals signals;

    @Inject
    @Push(channel = "conversations")
    PushContext conversations;

    private final Consumer<ConversationChanged> listener = this::changed;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        signals.register(listener);
    }

    @PreDestroy
    void stop() {
        try {
            signals.unregister(listener);
        } catch (RuntimeException stoppedFirst) {
            // At shutdown the channels module may stop before this one: nobody is left to tell.
        }
    }

    void changed(ConversationChanged change) {
        conversations.send(Map.of("customer", change.customerId().toString(),
                "conversation", change.conversationId().toString(), "at", change.at().toEpochMilli()));
    }
}
