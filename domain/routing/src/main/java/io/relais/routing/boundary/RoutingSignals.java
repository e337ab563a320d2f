package io.relais.routing.boundary;

import io.relais.shared.event.ServiceClockAlerts;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the supervisors' pages that routing moved (an assignment, a presence, a queue) or a clock
 * warned or breached, once committed. The web module registers a listener: CDI events of the EJB
 * modules do not reach it. Signals within half a second make one (a sweep firing thousands of
 * breaches must not send thousands of pushes). In memory, for this server's browsers.
 *
 * <p>Created when the module starts ({@code @Startup}), by the thread that starts the application,
 * so that nobody waits for its creation. Created on first use, it was once being created by another
 * thread during a restart (one delivering a committed change: a sweep or a queued message, whose task
 * it scheduled only when the wait ended); the web module's registration waited 120 s for that
 * creation, and the application failed to start.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoutingSignals {

    private static final Logger LOG = Logger.getLogger(RoutingSignals.class.getName());
    private static final long COALESCE_MILLIS = 500;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean pending = new AtomicBoolean();

    @Resource
    ManagedScheduledExecutorService scheduler;

    public void register(Runnable listener) {
        listeners.add(listener);
    }

    public void unregister(Runnable listener) {
        listeners.remove(listener);
    }

    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoutingChanged change) {
        routingChanged();
    }

    public void alerted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ServiceClockAlerts alerts) {
        routingChanged();
    }

    public void routingChanged() {
        if (pending.compareAndSet(false, true)) {
            scheduler.schedule(this::tellListeners, COALESCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void tellListeners() {
        pending.set(false);
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a supervision listener failed", e);
            }
        }
    }
}
