package io.relais.bench;

import io.relais.it.support.RelaisClient;
import io.relais.responses.control.StarterLibrary;
import io.relais.responses.control.VariantCheck;
import io.relais.responses.control.VariantText;
import io.relais.shared.Ids;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The response library with 10,000 approved answers of 8 variants each on PostgreSQL: full-text
 * search and suggestions for inbound messages over REST, and rendering a variant (placeholders
 * filled in, the channel's checks run again) in the JVM and over REST.
 */
class LibraryBench {

    private static final int ANSWERS = Integer.getInteger("bench.answers", 10_000);
    private static final int MOTIFS = ANSWERS / 20;
    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 20));
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
    private static final String[] FORMS = {"CHAT", "SMS", "EMAIL", "SOCIAL_PUBLIC", "SOCIAL_PRIVATE", "WHATSAPP", "PHONE_SCRIPT", "LETTER"};
    private static final String[] CHANNELS = {"EMAIL", "CHAT", "SMS", "MESSENGER", "WHATSAPP", "X"};

    /** Words of French customer service, so that terms are as frequent or rare as in a real library. */
    private static final String[] TOPICS = ("colis livraison retard transporteur suivi relais adresse remboursement virement carte "
            + "facture avoir échéance prélèvement abonnement résiliation engagement préavis garantie panne réparation échange "
            + "retour étiquette emballage commande annulation paiement fraude compte identifiant motdepasse connexion sécurité "
            + "données effacement portabilité réclamation médiateur geste commercial fidélité points bon réduction promotion "
            + "magasin disponibilité stock précommande taille couleur notice installation rendez-vous technicien box fibre "
            + "forfait mobile itinérance roaming consommation dépassement option résilier déménagement contrat assurance sinistre "
            + "franchise expertise indemnisation dossier pièce justificatif").split(" ");
    private static final String[] PHRASES = {
            "Nous avons bien reçu votre demande concernant votre %s.",
            "Votre %s est traité par notre équipe dans les meilleurs délais.",
            "Pour suivre votre %s, connectez-vous à votre espace client.",
            "Si votre %s n’est pas résolu, notre service vous rappelle.",
            "Le %s peut être modifié depuis la rubrique dédiée de votre compte.",
            "Nous vous confirmons la prise en compte de votre %s et de votre %s.",
            "Merci de nous transmettre le justificatif de votre %s.",
            "Votre conseiller reste disponible pour toute question sur votre %s."};
    private static final String[] MESSAGES = {
            "Bonjour, mon colis n'est toujours pas arrivé, le suivi est bloqué depuis 5 jours",
            "Je voudrais résilier mon abonnement, comment faire ?",
            "J'ai été prélevé deux fois ce mois-ci, pouvez-vous me rembourser",
            "Je n'arrive plus à me connecter à mon compte, mot de passe refusé",
            "Ma box fibre est en panne depuis hier soir, un technicien peut passer ?",
            "Je souhaite retourner un article trop petit et être remboursée",
            "Où est ma facture du mois dernier ? Je ne la trouve pas",
            "Je déménage, que devient mon contrat et mon forfait mobile",
            "Je veux déposer une réclamation, personne ne me répond",
            "Supprimez toutes mes données personnelles s'il vous plaît",
            "Le livreur a laissé le colis endommagé devant la porte",
            "Est-ce que je peux échanger la couleur de ma commande ?"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void searchSuggestionAndRenderingWithTenThousandAnswers() throws Exception {
        List<UUID> smsVariants = seed();
        String token = RelaisClient.issueToken(RelaisClient.AGENT, "library benchmark");
        HttpResponse<String> rebuilt = RelaisClient.basic(RelaisClient.ADMIN, RelaisClient.ADMIN_PASSWORD)
                .post("/api/admin/library-index", "");
        assertEquals(200, rebuilt.statusCode(), rebuilt.body());
        System.out.printf("[bench] search index rebuilt from the database in %,d ms (%,d answers, %,d variants)%n",
                Json.createReader(new StringReader(rebuilt.body())).readObject().getJsonNumber("millis").longValue(),
                ANSWERS, ANSWERS * FORMS.length);
        JsonArray probe = (JsonArray) RelaisClient.json(RelaisClient.bearer(token).get("/api/library/search?q=remboursement&limit=5"));
        assertFalse(probe.isEmpty(), "the seeded answers are searchable");

        Latencies warm = new Latencies();
        run(token, WARM_UP, "search", smsVariants, warm, new Latencies());
        run(token, WARM_UP, "suggest", smsVariants, warm, new Latencies());
        run(token, WARM_UP, "render", smsVariants, warm, new Latencies());
        for (String kind : new String[]{"search", "suggest", "render"}) {
            Latencies roundTrips = new Latencies();
            Latencies inServer = new Latencies();
            long started = System.nanoTime();
            run(token, MEASURE, kind, smsVariants, roundTrips, inServer);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.println("[bench] library, " + ANSWERS + " answers x " + FORMS.length + " variants, "
                    + CLIENTS + " concurrent clients, PostgreSQL, " + describe(kind));
            System.out.println("[bench]   " + roundTrips.summary("round trip over REST", seconds));
            System.out.println("[bench]   " + inServer.summary("in the server (Server-Timing)", seconds));
        }
        renderInTheJvm();
    }

    private static String describe(String kind) {
        return switch (kind) {
            case "search" -> "full-text search (GET /api/library/search, 20 hits)";
            case "suggest" -> "suggestions for an inbound message (POST /api/library/suggestions, 3 answers)";
            default -> "rendering an SMS variant (POST /api/library/variants/{id}/rendering)";
        };
    }

    private void run(String token, Duration duration, String kind, List<UUID> smsVariants, Latencies into,
                     Latencies inServer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long deadline = System.nanoTime() + duration.toNanos();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline) {
                    HttpRequest request = switch (kind) {
                        case "search" -> request(token, "/api/library/search?limit=20&q="
                                + URLEncoder.encode(TOPICS[random.nextInt(TOPICS.length)] + " " + TOPICS[random.nextInt(TOPICS.length)],
                                StandardCharsets.UTF_8)).GET().build();
                        case "suggest" -> request(token, "/api/library/suggestions").header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                                        .add("channel", CHANNELS[random.nextInt(CHANNELS.length)])
                                        .add("text", MESSAGES[random.nextInt(MESSAGES.length)]).build().toString())).build();
                        default -> request(token, "/api/library/variants/" + smsVariants.get(random.nextInt(smsVariants.size()))
                                + "/rendering").header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"values\":{\"customer.firstName\":\"Léa\","
                                        + "\"conversation.reference\":\"R-0A1B2C3D\"}}")).build();
                    };
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    long elapsed = System.nanoTime() - t0;
                    assertEquals(200, response.statusCode(), response.body());
                    into.add(elapsed);
                    inServer.add(serverTiming(response));
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
    }

    /** The server's own account of a request, {@code Server-Timing: app;dur=3.21}, in nanoseconds. */
    private static long serverTiming(HttpResponse<String> response) {
        String header = response.headers().firstValue("Server-Timing")
                .orElseThrow(() -> new AssertionError("no Server-Timing header"));
        return Math.round(Double.parseDouble(header.substring(header.indexOf("dur=") + 4)) * 1e6);
    }

    /**
     * Rendering itself, without HTTP or database: every starter-library variant filled in and
     * checked against its channel again, as the server does for an agent.
     */
    private static void renderInTheJvm() {
        var contents = StarterLibrary.read();
        var rules = contents.brand().rules();
        List<Object[]> variants = new ArrayList<>();
        collect(contents.motifs(), variants);
        Map<String, String> values = Map.of("customer.firstName", "Léa", "customer.lastName", "Fontaine",
                "conversation.reference", "R-0A1B2C3D", "agent.firstName", "Camille");
        Latencies latencies = new Latencies();
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        long measureFrom = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Random random = new Random(7);
        long started = 0;
        while (System.nanoTime() < deadline) {
            Object[] pair = variants.get(random.nextInt(variants.size()));
            long t0 = System.nanoTime();
            @SuppressWarnings("unchecked")
            var report = VariantCheck.sending((VariantText) pair[0], (List<io.relais.responses.control.KeyFact>) pair[1], rules, values);
            long elapsed = System.nanoTime() - t0;
            if (report.refused()) {
                throw new AssertionError(report.findings().toString());
            }
            if (t0 >= measureFrom) {
                if (started == 0) {
                    started = t0;
                }
                latencies.add(elapsed);
            }
        }
        System.out.println("[bench] rendering in the JVM (jmustache + the channel's checks), " + variants.size()
                + " starter-library variants, one thread: " + latencies.summary("render", (System.nanoTime() - started) / 1e9));
    }

    private static void collect(List<StarterLibrary.StarterMotif> motifs, List<Object[]> into) {
        for (var motif : motifs) {
            motif.answers().forEach(a -> a.variants().values().forEach(v -> into.add(new Object[]{v, a.facts()})));
            collect(motif.children(), into);
        }
    }

    private HttpRequest.Builder request(String token, String path) {
        return HttpRequest.newBuilder(URI.create(RelaisClient.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }


    /** Approved answers straight into the library's tables, as an import would bring them; returns the SMS variants. */
    private List<UUID> seed() throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:5432/" + System.getProperty("bench.database", "relais_bench")
                + "?reWriteBatchedInserts=true";
        long started = System.nanoTime();
        List<UUID> smsVariants = new ArrayList<>();
        Random random = new Random(42);
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            connection.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            List<UUID> motifs = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement("insert into rs_motif (id, code, label_fr, label_en,"
                    + " keywords, default_priority, channels) values (?, ?, ?, ?, ?, 'NORMAL', 'CHAT,EMAIL,SMS')")) {
                for (int m = 0; m < MOTIFS; m++) {
                    UUID id = Ids.newId();
                    motifs.add(id);
                    String topic = TOPICS[m % TOPICS.length];
                    insert.setObject(1, id);
                    insert.setString(2, "BENCH_" + m);
                    insert.setString(3, "Motif " + topic + " " + m);
                    insert.setString(4, "Motif " + m);
                    insert.setString(5, topic + " " + TOPICS[random.nextInt(TOPICS.length)]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement answer = connection.prepareStatement("insert into rs_answer (id, motif_id, brand_id, title,"
                    + " reference_text, status, version, updated_by, updated_at, approved_by, approved_at, edit_count)"
                    + " values (?, ?, '0190a0a0-0000-7000-8000-000000000001', ?, ?, 'APPROVED', 1, 'bench', ?, 'bench', ?, 0)");
                 PreparedStatement variant = connection.prepareStatement("insert into rs_variant (id, answer_id, form, subject,"
                         + " body, template_name, state, uses, not_solved, updated_at) values (?, ?, ?, ?, ?, ?, 'APPROVED', 0, 0, ?)")) {
                for (int a = 0; a < ANSWERS; a++) {
                    UUID id = Ids.newId();
                    String topic = TOPICS[random.nextInt(TOPICS.length)];
                    answer.setObject(1, id);
                    answer.setObject(2, motifs.get(a % MOTIFS));
                    answer.setString(3, "Votre " + topic + " (" + a + ")");
                    answer.setString(4, sentences(random, topic, 4));
                    answer.setTimestamp(5, now);
                    answer.setTimestamp(6, now);
                    answer.addBatch();
                    for (String form : FORMS) {
                        UUID variantId = Ids.newId();
                        if (form.equals("SMS")) {
                            smsVariants.add(variantId);
                        }
                        variant.setObject(1, variantId);
                        variant.setObject(2, id);
                        variant.setString(3, form);
                        variant.setString(4, form.equals("EMAIL") ? "Votre " + topic : null);
                        variant.setString(5, form.equals("SMS")
                                ? "Bonjour {{customer.firstName}}, votre " + topic + " (dossier {{conversation.reference}}) est pris en compte."
                                : sentences(random, topic, form.equals("EMAIL") || form.equals("LETTER") ? 5 : 2));
                        variant.setString(6, form.equals("WHATSAPP") ? "bench_" + a : null);
                        variant.setTimestamp(7, now);
                        variant.addBatch();
                    }
                    if (a % 500 == 499) {
                        answer.executeBatch();
                        variant.executeBatch();
                    }
                }
                answer.executeBatch();
                variant.executeBatch();
            }
            connection.commit();
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("analyze rs_motif");
                analyze.execute("analyze rs_answer");
                analyze.execute("analyze rs_variant");
            }
        }
        System.out.printf("[bench] seeded %,d motifs, %,d approved answers and %,d variants in %.1f s%n",
                MOTIFS, ANSWERS, ANSWERS * FORMS.length, (System.nanoTime() - started) / 1e9);
        assertTrue(smsVariants.size() == ANSWERS);
        return smsVariants;
    }

    private static String sentences(Random random, String topic, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String phrase = PHRASES[random.nextInt(PHRASES.length)];
            String first = i == 0 ? topic : TOPICS[random.nextInt(TOPICS.length)];
            text.append(String.format(phrase, first, TOPICS[random.nextInt(TOPICS.length)])).append(' ');
        }
        return text.toString().strip();
    }
}
