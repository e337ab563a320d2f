package io.relais.channels.boundary;

import io.relais.shared.event.ConversationChanged;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the workspace that a conversation changed, once the change is committed, so that open
 * pages show it without reloading. The web module registers a listener here: CDI events fired in
 * the EJB modules do not reach observers in the web module. In memory, for this server's browsers.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkspaceSignals {

    private static final Logger LOG = Logger.getLogger(WorkspaceSignals.class.getName());
    private final List<Consumer<ConversationChanged>> listeners = new CopyOnWriteArrayList<>();

    public void register(Consumer<ConversationChanged> listener) {
        listeners.add(listener);
    }

    public void unregister(Consumer<ConversationChanged> listener) {
        listeners.remove(listener);
    }

    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationChanged change) {
        for (Consumer<ConversationChanged> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a workspace listener failed on " + change, e);
            }
        }
    }
}
