package io.relais.it.api;

import io.relais.it.support.RelaisClient;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.relais.it.support.RelaisClient.ADMIN;
import static io.relais.it.support.RelaisClient.ADMIN_PASSWORD;
import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.SUPERVISOR;
import static io.relais.it.support.RelaisClient.SUPERVISOR_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may call what: anonymous callers, wrong passwords and the wrong roles are all refused. */
class ApiSecurityIT {

    @Test
    void anonymousCallersAreRefusedWithAReasonAndAChallenge() {
        HttpResponse<String> response = RelaisClient.anonymous().get("/api/inbox");
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").contains("Basic"));
        assertEquals("authentication required: HTTP Basic or a bearer API token",
                ((JsonObject) json(response)).getString("error"));
    }

    @Test
    void aWrongPasswordIsRefused() {
        HttpResponse<String> response = RelaisClient.basic(AGENT, "not-the-password").get("/api/me");
        assertEquals(401, response.statusCode());
        assertEquals("invalid credentials", ((JsonObject) json(response)).getString("error"));
        assertEquals(401, RelaisClient.basic("nobody", AGENT_PASSWORD).get("/api/me").statusCode());
    }

    @Test
    void anUnknownOrEmptyTokenIsRefused() {
        assertEquals(401, RelaisClient.bearer("rls_not-a-token-anyone-was-given").get("/api/me").statusCode());
        HttpResponse<String> empty = RelaisClient.bearer("").get("/api/me");
        assertEquals(401, empty.statusCode());
        assertEquals("unsupported Authorization header: use Basic or Bearer",
                ((JsonObject) json(empty)).getString("error"));
    }

    @Test
    void eachAccountGetsItsRoles() {
        JsonObject agent = (JsonObject) json(RelaisClient.basic(AGENT, AGENT_PASSWORD).get("/api/me"));
        assertEquals(AGENT, agent.getString("username"));
        assertEquals("[\"AGENT\"]", agent.getJsonArray("roles").toString());

        JsonObject supervisor = (JsonObject) json(RelaisClient.basic(SUPERVISOR, SUPERVISOR_PASSWORD).get("/api/me"));
        assertEquals("[\"AGENT\",\"SUPERVISOR\"]", supervisor.getJsonArray("roles").toString());
    }

    @Test
    void anAgentIsRefusedTheAdministrationApi() {
        assertEquals(403, RelaisClient.basic(AGENT, AGENT_PASSWORD).get("/api/admin/staff").statusCode());
        assertEquals(403, RelaisClient.basic(AGENT, AGENT_PASSWORD)
                .post("/api/admin/tokens", "{\"username\":\"camille\",\"label\":\"mine\"}").statusCode());
        assertEquals(200, RelaisClient.basic(ADMIN, ADMIN_PASSWORD).get("/api/admin/staff").statusCode());
    }

    @Test
    void supervisorsReadTheInboxButAreRefusedAdministration() {
        assertEquals(200, RelaisClient.basic(SUPERVISOR, SUPERVISOR_PASSWORD).get("/api/inbox/count").statusCode());
        assertEquals(403, RelaisClient.basic(SUPERVISOR, SUPERVISOR_PASSWORD).get("/api/admin/tokens").statusCode());
    }
}
