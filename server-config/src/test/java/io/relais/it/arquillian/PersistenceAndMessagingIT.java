package io.relais.it.arquillian;

import io.relais.it.arquillian.probe.ProbeResource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A micro-deployment in the running server proves injection, persistence through the server's
 * data source (H2 or PostgreSQL, whichever this run targets) and a JMS round trip.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceAndMessagingIT {

    @Deployment(testable = false)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "relais-probe.war")
                .addPackage(ProbeResource.class.getPackage())
                .addAsResource("probe-persistence.xml", "META-INF/persistence.xml");
    }

    @ArquillianResource
    URL base;

    @Test
    void aNoteIsStoredReadBackAndSentThroughTheQueue() throws Exception {
        String text = "Bonjour ça va ? " + System.nanoTime();
        var request = HttpRequest.newBuilder(URI.create(base + "probe?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        JsonObject result = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals(text, result.getString("readBack"), "persisted and read back in another transaction");
        assertEquals(text, result.getString("received"), "sent to and received from the diagnostics queue");
    }
}
