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
 * Pushes "conversation X of customer Y changed" to the agents' open pages (Faces websocket channel
 * {@code conversations}); each page reloads what it shows of that customer.
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
        signals.unregister(listener);
    }

    void changed(ConversationChanged change) {
        conversations.send(Map.of("customer", change.customerId().toString(),
                "conversation", change.conversationId().toString()));
    }
}
