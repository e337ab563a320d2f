package io.relais.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** Waits for what the server does after it has answered (a queued message recorded, a reply sent). */
public final class Eventually {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Eventually() {
    }

    /** The probe's value as soon as it has one, polled every quarter second for up to a minute. */
    public static <T> T eventually(Supplier<Optional<T>> probe) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            pause(Duration.ofMillis(250));
        }
        throw new AssertionError("not observed within " + PATIENCE.toSeconds() + " s");
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
