package io.relais.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latencies in nanoseconds, summarised as people read them: percentiles in milliseconds. */
final class Latencies {

    private long[] samples = new long[1024];
    private int count;

    synchronized void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    synchronized void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.samples[i]);
        }
    }

    synchronized int count() {
        return count;
    }

    synchronized double percentileMillis(double percentile) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(index, count - 1))] / 1_000_000.0;
    }

    String summary(String name, double seconds) {
        return String.format(Locale.ROOT, "%s: %d requests in %.1f s = %.0f req/s; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
                name, count(), seconds, count() / seconds, percentileMillis(50), percentileMillis(95),
                percentileMillis(99), percentileMillis(100));
    }
}
