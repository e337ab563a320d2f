package io.relais.bench;

import io.relais.it.support.RelaisClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What signing in costs an API call: the same cheap request (a customer that does not exist, a 404
 * after one primary-key read) with HTTP Basic and with a bearer token, one client, each warmed first.
 * Basic verifies the password once and then recalls it for a short while; the bearer token is one
 * indexed read.
 */
class ApiAuthenticationBench {

    private static final int WARM_UP = Integer.getInteger("bench.warmupCalls", 300);
    private static final int CALLS = Integer.getInteger("bench.calls", 2_000);
    private static final String PATH = "/api/customers/00000000-0000-0000-0000-000000000000";

    @Test
    void httpBasicAgainstABearerToken() {
        RelaisClient basic = RelaisClient.basic(RelaisClient.AGENT, RelaisClient.AGENT_PASSWORD);
        RelaisClient bearer = RelaisClient.withIssuedToken(RelaisClient.AGENT, "authentication benchmark");
        for (int i = 0; i < WARM_UP; i++) {
            call(basic);
            call(bearer);
        }
        Latencies withBasic = new Latencies();
        Latencies withToken = new Latencies();
        long started = System.nanoTime();
        for (int i = 0; i < CALLS; i++) {
            long before = System.nanoTime();
            call(basic);
            long between = System.nanoTime();
            call(bearer);
            withBasic.add(between - before);
            withToken.add(System.nanoTime() - between);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println("[bench] API call, one client, " + CALLS + " calls each, interleaved, after " + WARM_UP
                + " warm-up calls each");
        System.out.println("[bench]   " + withBasic.summary("HTTP Basic", seconds / 2));
        System.out.println("[bench]   " + withToken.summary("bearer token", seconds / 2));
        System.out.println(String.format(Locale.ROOT, "[bench]   p95 Basic / p95 token = %.2f (goal: at most 2)",
                withBasic.percentileMillis(95) / withToken.percentileMillis(95)));
    }

    private static void call(RelaisClient client) {
        HttpResponse<String> response = client.get(PATH);
        assertEquals(404, response.statusCode(), response.body());
    }
}
