package io.relais.routing.boundary;

import io.relais.routing.control.AgentRoster;
import io.relais.routing.control.WaitingLines;
import io.relais.shared.Channel;
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

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs assignment decisions, up to twenty per transaction, whenever routing changed (after the
 * commit) and every few seconds in case a change came from another node. The agents' profiles,
 * presence and load are kept between rounds; a round reads again only the agents a change named
 * (the tick reads everyone), and the most urgent takeable conversations by windows of up to 200.
 * The head of each channel's waiting line is kept too ({@link WaitingLines}), until something joins
 * that line or takes another place in it, and at the tick: a place freed meanwhile is filled from
 * them without reading the lines ({@link FreedPlaces}). One run at a time on this node; a change
 * during a run makes it go round again. Keeps how long the last decisions took.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoutingDispatcher {

    private static final Logger LOG = Logger.getLogger(RoutingDispatcher.class.getName());
    private static final int MAX_PER_ROUND = 10_000;
    static final int DECISIONS_PER_TRANSACTION = 20;
    /**
     * The most of the most urgent takeable conversations one read gives the decisions that follow:
     * ten transactions' worth, so a conversation that becomes more urgent meanwhile waits at most
     * that long (some tens of milliseconds) for the next read.
     */
    private static final int WINDOW = 10 * DECISIONS_PER_TRANSACTION;
    /** A round's first read: enough for a place or two freed, not a Monday morning's two hundred. */
    private static final int MIN_WINDOW = 10;
    /** Someone else keeps changing the chosen agents under this round: leave it to the next tick. */
    private static final int MAX_STALE = 20;
    private static final int KEPT_DECISIONS = 20_000;

    @Resource
    TimerService timers;

    @Resource
    ManagedExecutorService executor;

    @Inject
    AssignmentRounds rounds;

    @Inject
    FreedPlaces freedPlaces;

    @Inject
    RoutingSignals signals;

    private final AtomicBoolean running = new AtomicBoolean();
    /**
     * Every agent's profile, presence and load, kept between rounds and read again whole only after a
     * profile changed and on the tick. Read and written by one round at a time (the running flag
     * orders them).
     */
    private AgentRoster roster = new AgentRoster(List.of());
    private volatile boolean rosterStale = true;
    /** The heads of the waiting lines as last read; same rule as the roster. */
    private final WaitingLines lines = new WaitingLines();
    /** Channels whose waiting line a committed change moved since the last round began. */
    private final Set<Channel> movedLines = ConcurrentHashMap.newKeySet();
    /** Agents whose presence or load a committed change named since the last round began. */
    private final Set<UUID> changedAgents = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean requested = new AtomicBoolean();
    private final long[] decisionNanos = new long[KEPT_DECISIONS];
    private int decisions;
    private final long[] transactionTimes = new long[KEPT_DECISIONS];
    private int transactions;
    private Instant lastAssignmentAt;

    /**
     * How long the last assignment decisions took, each at its share of its transaction (the query of
     * the most urgent, the choices, the locked reads, the writes, the commit), and how long their
     * transactions took whole: the longest a conversation waited for a decision once a round reached it.
     */
    public record DispatchReport(Instant lastAssignmentAt, int decisions, double p50Millis, double p95Millis,
                                 double p99Millis, double maxMillis, int transactions,
                                 double transactionP50Millis, double transactionP95Millis,
                                 double transactionP99Millis) {
    }

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(2_000, 10_000, new TimerConfig("routing dispatch", false));
    }

    /** Also reads every agent again, in case another node changed one. */
    @Timeout
    void timeout() {
        rereadAndRun();
    }

    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoutingChanged change) {
        movedLines.addAll(change.linesMoved());
        agentsChanged(change.agentIds());
    }

    /** Runs too: a round already started by the same change's {@link RoutingChanged} goes round again. */
    public void profilesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS)
                                ProfilesChanged change) {
        rereadAndRun();
    }

    /** Runs now, reading every agent's profile, presence and load first (after a bulk import, say). */
    public void rereadAndRun() {
        rosterStale = true;
        request();
    }

    /**
     * Runs now, reading first the presence and load of these agents, changed since the last round
     * (here, on another node, or in the database directly).
     */
    public void agentsChanged(Collection<UUID> staffIds) {
        changedAgents.addAll(staffIds);
        request();
    }

    /** Asks for a run now; returns at once. */
    private void request() {
        requested.set(true);
        if (running.compareAndSet(false, true)) {
            executor.submit(this::drain);
        }
    }

    private void drain() {
        try {
            while (requested.getAndSet(false)) {
                round();
            }
        } catch (RuntimeException e) {
            // The copies may have missed what the failed transaction read: all are read again next time.
            rosterStale = true;
            LOG.log(Level.WARNING, "an assignment round failed; the next change or tick tries again", e);
        } finally {
            running.set(false);
            if (requested.get() && running.compareAndSet(false, true)) {
                executor.submit(this::drain);
            }
        }
    }

    /**
     * Decisions until no available agent can take anything waiting. The round starts from the copies
     * kept since the last one and reads again only the agents a change named, in its first
     * transaction, so a lone decision is one transaction that reads one agent, under lock, and usually
     * no waiting line. Windows start small (a lone free place needs a few candidates, not two hundred)
     * and double while they are used up. Kept in one loop, though long, so that the copies it hands
     * from one transaction to the next stay in view.
     */
    private void round() {
        if (rosterStale) {
            readRoster();
        }
        for (Channel channel : Set.copyOf(movedLines)) {
            movedLines.remove(channel);
            lines.clear(channel);
        }
        Set<UUID> reread = new HashSet<>(changedAgents);
        changedAgents.removeAll(reread);
        int assigned = 0;
        int stale = 0;
        int windowSize = MIN_WINDOW;
        boolean lastReadFull = false;
        Deque<WaitingLines.Candidate> window = new ArrayDeque<>();
        boolean anyoneWithRoom = true;
        // A transaction counts from the end of the previous one, and a stale attempt counts in the next.
        long started = System.nanoTime();
        while (assigned < MAX_PER_ROUND && anyoneWithRoom) {
            AssignmentRounds.AssignmentRound decided = reread.size() == 1
                    ? freedPlaces.fill(roster, reread.iterator().next(), lines).orElse(null) : null;
            if (decided == null) {
                decided = rounds.assignSome(roster, reread, lines, window, windowSize, DECISIONS_PER_TRANSACTION);
            }
            reread = Set.of();
            anyoneWithRoom = decided.anyoneWithRoom();
            if (decided.unknownAgents()) {
                rereadAndRun(); // someone new: the next round reads the roster again
            }
            if (decided.heldBack() && decided.choices() == 0) {
                continue; // the next transaction makes the choice, its agent then locked in order
            }
            if (decided.windowRead()) {
                lastReadFull = decided.candidatesRead() == windowSize;
            }
            if (decided.choices() == 0 && decided.windowRead() && (!lastReadFull || windowSize == WINDOW)) {
                break; // nothing waiting that these agents can take, or nothing in the largest window
            }
            if (window.isEmpty() && lastReadFull) {
                windowSize = Math.min(WINDOW, 2 * windowSize);
            }
            if (decided.choices() == 0) {
                continue; // the window is used up: the next transaction reads a new one
            }
            if (decided.assigned().isEmpty()) {
                if (++stale > MAX_STALE) {
                    break;
                }
                continue;
            }
            long ended = System.nanoTime();
            record(ended - started, decided.assigned().size());
            started = ended;
            assigned += decided.assigned().size();
        }
        if (assigned > 0) {
            signals.routingChanged();
        }
    }

    /** Every agent's profile, presence and load, read again after a profile changed and on the tick. */
    private void readRoster() {
        rosterStale = false;
        lines.clear();
        roster = new AgentRoster(rounds.roster());
    }

    /** Each decision of a transaction is counted at its share of the transaction's time. */
    private synchronized void record(long transactionNanos, int count) {
        for (int i = 0; i < count; i++) {
            decisionNanos[decisions % KEPT_DECISIONS] = transactionNanos / count;
            decisions++;
        }
        transactionTimes[transactions % KEPT_DECISIONS] = transactionNanos;
        transactions++;
        lastAssignmentAt = Instant.now();
    }

    /** The last assignment decisions (up to 20,000) as percentiles. */
    public synchronized DispatchReport report() {
        long[] sorted = Arrays.copyOf(decisionNanos, Math.min(decisions, KEPT_DECISIONS));
        Arrays.sort(sorted);
        long[] whole = Arrays.copyOf(transactionTimes, Math.min(transactions, KEPT_DECISIONS));
        Arrays.sort(whole);
        return new DispatchReport(lastAssignmentAt, decisions, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), percentile(sorted, 100), transactions, percentile(whole, 50),
                percentile(whole, 95), percentile(whole, 99));
    }

    /** Forgets the decisions measured so far, before a measurement. */
    public synchronized void resetReport() {
        decisions = 0;
        transactions = 0;
    }

    private static double percentile(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
    }
}
