package io.relais.it.api;

import io.relais.it.support.RelaisClient;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What operators and load balancers rely on, and what anonymous page visitors get. */
class OperationsIT {

    private final RelaisClient anonymous = RelaisClient.anonymous();

    @Test
    void healthEndpointsAnswerUp() {
        for (String path : new String[]{"/health/ready", "/health/live"}) {
            HttpResponse<String> response = anonymous.get(path);
            assertEquals(200, response.statusCode(), path);
            assertEquals("UP", ((JsonObject) json(response)).getString("status"), path);
        }
        String readiness = anonymous.get("/health/ready").body();
        assertTrue(readiness.contains("\"database\"") && readiness.contains("\"messaging\""),
                "readiness covers the database and the messaging engine: " + readiness);
    }

    @Test
    void theApiIsDescribed() {
        HttpResponse<String> document = anonymous.get("/openapi");
        assertEquals(200, document.statusCode());
        assertTrue(document.body().contains("/api/inbox"), "the OpenAPI document lists the inbox");
        assertTrue(document.body().contains("bearer"), "and the bearer token scheme");
        assertEquals(200, anonymous.get("/openapi/ui/").statusCode());
    }

    @Test
    void anonymousPageVisitorsAreSentToTheLoginPage() {
        HttpResponse<String> inbox = anonymous.get("/inbox.xhtml");
        assertEquals(302, inbox.statusCode());
        assertTrue(inbox.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));

        HttpResponse<String> admin = anonymous.get("/admin/tokens.xhtml");
        assertEquals(302, admin.statusCode());

        HttpResponse<String> login = anonymous.get("/login.xhtml");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("Se connecter"), "the login page speaks French by default");
    }
}
