package io.relais.channels.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupCommitTest {

    @Test
    void aLoneItemIsStoredAloneByItsOwnCaller() {
        GroupCommit<String> commit = new GroupCommit<>(10, 1_000, String::length);
        List<List<String>> stored = new ArrayList<>();

        commit.submit("bonjour", stored::add);

        assertEquals(List.of(List.of("bonjour")), stored);
    }

    @Test
    void itemsSubmittedWhileAGroupIsStoredFormTheNextGroupAndEachCallerReturnsOnceItsItemIsStored()
            throws Exception {
        GroupCommit<Integer> commit = new GroupCommit<>(100, 1_000, item -> 1);
        List<List<Integer>> stored = Collections.synchronizedList(new ArrayList<>());
        List<Integer> storedItems = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstStoring = new CountDownLatch(1);
        CountDownLatch othersWaiting = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(11);
        try {
            Future<?> first = callers.submit(() -> commit.submit(0, group -> {
                firstStoring.countDown();
                await(othersWaiting);
                stored.add(group);
                storedItems.addAll(group);
            }));
            assertTrue(firstStoring.await(5, TimeUnit.SECONDS));
            List<Future<Boolean>> others = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                int item = i;
                others.add(callers.submit(() -> {
                    commit.submit(item, group -> {
                        stored.add(group);
                        storedItems.addAll(group);
                    });
                    return storedItems.contains(item);
                }));
            }
            // The ten wait behind the first group; let it finish once they are all queued.
            awaitWaiting(commit, 10);
            othersWaiting.countDown();
            first.get(5, TimeUnit.SECONDS);
            for (Future<Boolean> other : others) {
                assertTrue(other.get(5, TimeUnit.SECONDS), "a caller returns only once its item is stored");
            }
        } finally {
            callers.shutdownNow();
        }
        assertEquals(List.of(0), stored.get(0));
        assertEquals(2, stored.size(), "the ten items waiting together were stored together: " + stored);
        assertEquals(11, storedItems.size());
        assertEquals(11, storedItems.stream().distinct().count(), "each item stored once");
    }

    @Test
    void groupsKeepWithinTheirCountAndWeightButAHeavyItemStillGoes() throws Exception {
        GroupCommit<String> commit = new GroupCommit<>(3, 10, String::length);
        List<List<String>> stored = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch storing = new CountDownLatch(1);
            Future<?> blocker = callers.submit(() -> commit.submit("x", group -> {
                storing.countDown();
                await(release);
                stored.add(group);
            }));
            assertTrue(storing.await(5, TimeUnit.SECONDS));
            List<Future<?>> others = new ArrayList<>();
            int queued = 0;
            for (String item : List.of("a", "b", "c", "d", "eeeeeeeeeeeeeeee", "ffff", "gggg")) {
                others.add(callers.submit(() -> commit.submit(item, stored::add)));
                awaitWaiting(commit, ++queued);
            }
            release.countDown();
            blocker.get(5, TimeUnit.SECONDS);
            for (Future<?> other : others) {
                other.get(5, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }
        for (List<String> group : stored) {
            assertTrue(group.size() <= 3, "at most three items: " + group);
            int weight = group.stream().mapToInt(String::length).sum();
            assertTrue(weight <= 10 || group.size() == 1, "at most 10 characters, save a heavy item alone: " + group);
        }
        assertEquals(8, stored.stream().mapToInt(List::size).sum());
        assertEquals(List.of(List.of("x"), List.of("a", "b", "c"), List.of("d"), List.of("eeeeeeeeeeeeeeee"),
                List.of("ffff", "gggg")), stored, "in the order submitted");
    }

    @Test
    void aFailedStoreIsThrownToEveryCallerOfItsGroupAndTheNextGroupIsStillStored() throws Exception {
        GroupCommit<Integer> commit = new GroupCommit<>(100, 1_000, item -> 1);
        IllegalStateException engineDown = new IllegalStateException("engine down");
        AtomicInteger stores = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch storing = new CountDownLatch(1);
            Future<?> first = callers.submit(() -> commit.submit(0, group -> {
                stores.incrementAndGet();
                storing.countDown();
                await(release);
            }));
            assertTrue(storing.await(5, TimeUnit.SECONDS));
            List<Future<?>> failing = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                int item = i;
                failing.add(callers.submit(() -> commit.submit(item, group -> {
                    stores.incrementAndGet();
                    throw engineDown;
                })));
            }
            awaitWaiting(commit, 2);
            release.countDown();
            first.get(5, TimeUnit.SECONDS);
            for (Future<?> caller : failing) {
                Exception thrown = assertThrows(Exception.class, () -> caller.get(5, TimeUnit.SECONDS));
                assertSame(engineDown, thrown.getCause(), "each caller of the failed group learns it failed");
            }
        } finally {
            callers.shutdownNow();
        }
        assertEquals(2, stores.get(), "the two waiting items failed together, in one store");
        List<Integer> after = new ArrayList<>();
        commit.submit(3, after::addAll);
        assertEquals(List.of(3), after, "a failure does not block the next group");
        assertFalse(Thread.currentThread().isInterrupted());
    }

    private static void awaitWaiting(GroupCommit<?> commit, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (commit.waiting() != count) {
            assertTrue(System.nanoTime() < deadline, "still " + commit.waiting() + " waiting, not " + count);
            Thread.sleep(5);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
