package io.relais.routing.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import io.relais.routing.entity.RoutingAgent;
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

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs assignment decisions, up to twenty per transaction, whenever routing changed (after the
 * commit) and every few seconds in case a change came from another node. One run at a time on this
 * node; a change during a run makes it go round again. Keeps how long the last decisions took.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoutingDispatcher {

    private static final Logger LOG = Logger.getLogger(RoutingDispatcher.class.getName());
    private static final int MAX_PER_ROUND = 10_000;
    static final int DECISIONS_PER_TRANSACTION = 20;
    /** Someone else keeps changing the agents under this round: leave it to the next tick. */
    private static final int MAX_STALE = 20;
    private static final int KEPT_DECISIONS = 20_000;

    @Resource
    TimerService timers;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Assignments assignments;

    @Inject
    RoutingSignals signals;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    private final long[] decisionNanos = new long[KEPT_DECISIONS];
    private int decisions;
    private Instant lastAssignmentAt;

    /**
     * How long the last assignment decisions took: the query of the most urgent, the locks, the
     * writes, and each decision's share of its transaction's commit.
     */
    public record DispatchReport(Instant lastAssignmentAt, int decisions, double p50Millis, double p95Millis,
                                 double p99Millis, double maxMillis) {
    }

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(2_000, 10_000, new TimerConfig("routing dispatch", false));
    }

    @Timeout
    void timeout() {
        request();
    }

    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Assignments.RoutingChanged change) {
        request();
    }

    /** Asks for a run now; returns at once. */
    public void request() {
        requested.set(true);
        if (running.compareAndSet(false, true)) {
            executor.submit(this::drain);
        }
    }

    private void drain() {
        try {
            while (requested.getAndSet(false)) {
                int assigned = 0;
                int stale = 0;
                List<RoutingAgent> agents = assignments.availableAgents();
                while (assigned < MAX_PER_ROUND && !agents.isEmpty()) {
                    long started = System.nanoTime();
                    List<UUID> batch;
                    try {
                        batch = assignments.assignSome(agents, DECISIONS_PER_TRANSACTION);
                    } catch (Assignments.StaleAgentsException changedMeanwhile) {
                        if (++stale > MAX_STALE) {
                            break;
                        }
                        agents = assignments.availableAgents();
                        continue;
                    }
                    if (!batch.isEmpty()) {
                        record((System.nanoTime() - started) / batch.size(), batch.size());
                        assigned += batch.size();
                    }
                    if (batch.size() < DECISIONS_PER_TRANSACTION) {
                        break;
                    }
                }
                if (assigned > 0) {
                    signals.routingChanged();
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "an assignment round failed; the next change or tick tries again", e);
        } finally {
            running.set(false);
            if (requested.get() && running.compareAndSet(false, true)) {
                executor.submit(this::drain);
            }
        }
    }

    /** Each decision of a transaction is counted at its share of the transaction's time. */
    private synchronized void record(long nanosEach, int count) {
        for (int i = 0; i < count; i++) {
            decisionNanos[decisions % KEPT_DECISIONS] = nanosEach;
            decisions++;
        }
        lastAssignmentAt = Instant.now();
    }

    /** The last assignment decisions (up to 20,000) as percentiles. */
    public synchronized DispatchReport report() {
        int kept = Math.min(decisions, KEPT_DECISIONS);
        long[] sorted = Arrays.copyOf(decisionNanos, kept);
        Arrays.sort(sorted);
        return new DispatchReport(lastAssignmentAt, decisions, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), percentile(sorted, 100));
    }

    /** Forgets the decisions measured so far, before a measurement. */
    public synchronized void resetReport() {
        decisions = 0;
    }

    private static double percentile(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
    }
}
