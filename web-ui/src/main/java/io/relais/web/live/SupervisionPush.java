package io.relais.web.live;

import io.relais.routing.boundary.RoutingSignals;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Pushes "routing changed" (an assignment, a presence, a warning or breach) to the supervisors'
 * live view (Faces websocket channel {@code supervision}), at most twice a second.
 */
@ApplicationScoped
public class SupervisionPush {

    @Inject
    RoutingSignals signals;

    @Inject
    @Push(channel = "supervision")
    PushContext supervision;

    private final Runnable listener = this::changed;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        signals.register(listener);
    }

    @PreDestroy
    void stop() {
        try {
            signals.unregister(listener);
        } catch (RuntimeException stoppedFirst) {
            // At shutdown the routing module may stop before this one: nobody is left to tell.
        }
    }

    void changed() {
        supervision.send(Map.of("at", System.currentTimeMillis()));
    }
}
