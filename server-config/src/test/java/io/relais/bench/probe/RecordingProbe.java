package io.relais.bench.probe;

import io.relais.shared.Channel;
import io.relais.timeline.boundary.ContactIntake;
import io.relais.timeline.boundary.IdentityKind;
import io.relais.timeline.boundary.InboundContact;
import io.relais.timeline.boundary.NewIdentity;
import io.relais.timeline.boundary.ReceivedContact;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deployed into the benchmark's PostgreSQL server by Arquillian, with the timeline module's own
 * classes: producers on container threads hand inbound contacts to {@link ContactIntake#receive}, as
 * the channel adapters will from the inbound queue, so that the figure is the recording itself
 * (resolution, conversation, insert, commit), without HTTP, JSON or authentication.
 */
@Path("recording")
@RequestScoped
public class RecordingProbe {

    @Inject
    ContactIntake contactIntake;

    @Resource
    ManagedExecutorService executor;

    /**
     * @param customers senders are {@code client<n>@bench.exemple.fr} for n below this; one in
     *                  ten contacts comes from a new sender instead
     */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject record(@QueryParam("producers") int producers, @QueryParam("seconds") int seconds,
                             @QueryParam("customers") int customers) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong newCustomers = new AtomicLong();
        List<Future<long[]>> running = new ArrayList<>();
        long started = System.nanoTime();
        for (int p = 0; p < producers; p++) {
            running.add(executor.submit(() -> {
                long[] latencies = new long[1024];
                int count = 0;
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline) {
                    String sender = random.nextInt(10) == 0 ? "nouveau-" + UUID.randomUUID() + "@bench.exemple.fr"
                            : "client" + random.nextInt(customers) + "@bench.exemple.fr";
                    long t0 = System.nanoTime();
                    ReceivedContact received = contactIntake.receive(new InboundContact(Channel.EMAIL,
                            new NewIdentity(IdentityKind.EMAIL, sender), "Client", Set.of(),
                            UUID.randomUUID().toString(), Instant.now(), "Ma commande",
                            "Bonjour, où en est ma commande ? Merci d'avance."));
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = System.nanoTime() - t0;
                    if (received.newCustomer()) {
                        newCustomers.incrementAndGet();
                    }
                }
                return Arrays.copyOf(latencies, count);
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> producer : running) {
            long[] mine = producer.get();
            long[] merged = Arrays.copyOf(all, all.length + mine.length);
            System.arraycopy(mine, 0, merged, all.length, mine.length);
            all = merged;
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Arrays.sort(all);
        return Json.createObjectBuilder()
                .add("recorded", all.length)
                .add("seconds", elapsed)
                .add("perSecond", all.length / elapsed)
                .add("p50", percentile(all, 50))
                .add("p95", percentile(all, 95))
                .add("p99", percentile(all, 99))
                .add("max", percentile(all, 100))
                .add("newCustomers", newCustomers.get())
                .build();
    }

    private static double percentile(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1_000_000.0;
    }
}
