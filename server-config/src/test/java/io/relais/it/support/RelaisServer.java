package io.relais.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The Liberty server the integration tests run against, as an operator would treat it badly: killed
 * without warning (no shutdown hook, no quiesce, as a power cut or {@code kill -9}), then started
 * again with its own script ({@code --clean} drops only the OSGi cache; the messaging store and the
 * transaction log are kept), and ready when its readiness check says so.
 */
public final class RelaisServer {

    private static final Duration START_PATIENCE = Duration.ofMinutes(3);

    private RelaisServer() {
    }

    private static Path wlp() {
        return Path.of(System.getProperty("relais.wlp.dir", "target/liberty/wlp"));
    }

    private static String name() {
        return System.getProperty("relais.server.name", "h2-it");
    }

    public static void kill() throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(wlp().resolve("usr/servers/.pid/" + name() + ".pid")).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no server process " + pid));
        server.destroyForcibly();
        server.onExit().orTimeout(60, TimeUnit.SECONDS).join();
    }

    public static void startAndWaitUntilReady() throws IOException, InterruptedException {
        Process start = new ProcessBuilder(wlp().resolve("bin/server").toString(), "start", name(), "--clean")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!start.waitFor(START_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            start.destroyForcibly();
            throw new IllegalStateException("the server's start script did not return within " + START_PATIENCE);
        }
        if (start.exitValue() != 0) {
            throw new IllegalStateException("the server did not start again (exit " + start.exitValue() + ")");
        }
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(RelaisClient.baseUrl() + "/health/ready"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server was not ready within " + START_PATIENCE);
    }
}
