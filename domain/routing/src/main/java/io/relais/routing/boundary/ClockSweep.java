package io.relais.routing.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fires due warnings and breaches every few seconds, in batches of their own transactions. The
 * first sweep runs right after start, so clocks that fell due while the server was down fire
 * then. Also re-evaluates open clocks, off the admin's request, when commitments change.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClockSweep {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(ClockSweep.class.getName());

    @Resource
    TimerService timers;

    @Resource
    ManagedExecutorService executor;

    @Inject
    ServiceClocks clocks;

    @Inject
    @ConfigProperty(name = "relais.clocks.sweep.seconds", defaultValue = "5")
    int intervalSeconds;

    private final ReentrantLock sweeping = new ReentrantLock();
    private volatile SweepReport last = new SweepReport(null, 0, 0);

    /** The last sweep that fired something: when it started, how many clocks fired, how long it took. */
    public record SweepReport(Instant at, int fired, long millis) {
    }

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(1_000, Math.max(1, intervalSeconds) * 1000L, new TimerConfig("clock sweep", false));
    }

    @Timeout
    void timeout() {
        if (!sweeping.tryLock()) {
            return;
        }
        try {
            sweep(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the clock sweep failed; the next one tries again", e);
        } finally {
            sweeping.unlock();
        }
    }

    /** Fires everything due at {@code now}; returns how many clocks fired. */
    public int sweep(Instant now) {
        long started = System.nanoTime();
        int fired = 0;
        int batch;
        do {
            batch = clocks.fireDue(now, BATCH);
            fired += batch;
        } while (batch == BATCH);
        if (fired > 0) {
            last = new SweepReport(now, fired, (System.nanoTime() - started) / 1_000_000);
            LOG.fine(() -> "fired " + last.fired() + " clocks in " + last.millis() + " ms");
        }
        return fired;
    }

    public SweepReport lastSweep() {
        return last;
    }

    public void commitmentsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS)
                            ServiceCommitments.CommitmentsChanged change) {
        executor.submit(() -> {
            try {
                Optional<UUID> after = Optional.empty();
                do {
                    after = clocks.reevaluate(after.orElse(null), BATCH);
                } while (after.isPresent());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "open clocks could not all be re-evaluated after a commitment changed", e);
            }
        });
    }
}
