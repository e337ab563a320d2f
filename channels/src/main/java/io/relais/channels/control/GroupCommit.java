package io.relais.channels.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Stores items that arrive together in one go, each caller still returning only once its own item
 * is stored. Storing costs a forced write whatever the size, so the items submitted while one group
 * is being stored wait and form the next group, stored by the first of their callers to find the way
 * clear (no thread of its own, no timer). Alone, an item is stored alone and at once.
 */
public final class GroupCommit<T> {

    private final int maxItems;
    private final long maxWeight;
    private final ToLongFunction<T> weight;
    private final Deque<Submitted<T>> waiting = new ArrayDeque<>();
    private boolean storing;

    /**
     * @param maxItems  the most items in one group
     * @param maxWeight the most weight in one group, save an item heavier than that alone
     * @param weight    an item's weight (its size in the store)
     */
    public GroupCommit(int maxItems, long maxWeight, ToLongFunction<T> weight) {
        if (maxItems < 1 || maxWeight < 1) {
            throw new IllegalArgumentException("a group holds at least one item");
        }
        this.maxItems = maxItems;
        this.maxWeight = maxWeight;
        this.weight = weight;
    }

    /**
     * Returns once {@code item} is stored, by this caller's {@code store} or another's, in a group
     * with the items waiting beside it; throws what that store threw, to every caller of the group.
     */
    public void submit(T item, Consumer<List<T>> store) {
        Submitted<T> mine = new Submitted<>(item);
        boolean interrupted = false;
        synchronized (this) {
            waiting.add(mine);
        }
        try {
            while (true) {
                List<Submitted<T>> group;
                synchronized (this) {
                    while (!mine.done && storing) {
                        try {
                            wait();
                        } catch (InterruptedException e) {
                            // The item may be in a group being stored: the caller must learn its fate.
                            interrupted = true;
                        }
                    }
                    if (mine.done) {
                        break;
                    }
                    storing = true;
                    group = nextGroup();
                }
                RuntimeException failure = null;
                try {
                    store.accept(group.stream().map(submitted -> submitted.item).toList());
                } catch (RuntimeException e) {
                    failure = e;
                } catch (Error e) {
                    // Waiters must not wait for ever for a group whose store died.
                    failure = new IllegalStateException("the group could not be stored", e);
                }
                synchronized (this) {
                    for (Submitted<T> submitted : group) {
                        submitted.done = true;
                        submitted.failure = failure;
                    }
                    storing = false;
                    notifyAll();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    /** How many items wait for a group: a queue's depth in front of the store. */
    public synchronized int waiting() {
        return waiting.size();
    }

    private List<Submitted<T>> nextGroup() {
        List<Submitted<T>> group = new ArrayList<>();
        long total = 0;
        while (!waiting.isEmpty() && group.size() < maxItems) {
            long next = weight.applyAsLong(waiting.peek().item);
            if (!group.isEmpty() && total + next > maxWeight) {
                break;
            }
            total += next;
            group.add(waiting.poll());
        }
        return group;
    }

    private static final class Submitted<T> {
        final T item;
        boolean done;
        RuntimeException failure;

        Submitted(T item) {
            this.item = item;
        }
    }
}
