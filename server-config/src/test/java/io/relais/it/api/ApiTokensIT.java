package io.relais.it.api;

import io.relais.it.support.RelaisClient;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static io.relais.it.support.RelaisClient.ADMIN;
import static io.relais.it.support.RelaisClient.ADMIN_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Personal API tokens: issued by an admin, usable as bearer credentials, dead once revoked. */
class ApiTokensIT {

    private final RelaisClient admin = RelaisClient.basic(ADMIN, ADMIN_PASSWORD);

    @Test
    void anIssuedTokenWorksUntilItIsRevoked() {
        HttpResponse<String> issued = admin.post("/api/admin/tokens", "{\"username\":\"julien\",\"label\":\"CRM sync\"}");
        assertEquals(201, issued.statusCode(), issued.body());
        JsonObject body = (JsonObject) json(issued);
        String token = body.getString("token");
        assertTrue(token.startsWith("rls_"));

        RelaisClient integration = RelaisClient.bearer(token);
        JsonObject me = (JsonObject) json(integration.get("/api/me"));
        assertEquals("julien", me.getString("username"));
        assertEquals(200, integration.get("/api/inbox?limit=1").statusCode());
        assertEquals(403, integration.get("/api/admin/tokens").statusCode(), "a token carries its owner's roles only");

        String listed = admin.get("/api/admin/tokens").body();
        assertTrue(listed.contains("CRM sync"));
        assertFalse(listed.contains(token), "the token itself is never shown again");

        assertEquals(204, admin.delete("/api/admin/tokens/" + body.getString("id")).statusCode());
        assertEquals(401, integration.get("/api/me").statusCode());
    }

    @Test
    void badTokenRequestsAreRefusedWithTheReason() {
        HttpResponse<String> unknownOwner = admin.post("/api/admin/tokens", "{\"username\":\"ghost\",\"label\":\"x\"}");
        assertEquals(400, unknownOwner.statusCode());
        assertEquals("no staff member named ghost", ((JsonObject) json(unknownOwner)).getString("error"));

        HttpResponse<String> noLabel = admin.post("/api/admin/tokens", "{\"username\":\"julien\",\"label\":\" \"}");
        assertEquals(400, noLabel.statusCode());
        assertEquals("a token needs a label of 1 to 200 characters", ((JsonObject) json(noLabel)).getString("error"));

        assertEquals(400, admin.delete("/api/admin/tokens/not-an-id").statusCode());
        assertEquals(404, admin.delete("/api/admin/tokens/" + UUID.randomUUID()).statusCode());
        HttpResponse<String> malformed = admin.post("/api/admin/tokens", "{not json");
        assertEquals(400, malformed.statusCode());
        assertEquals("the request body is not the JSON this endpoint expects",
                ((JsonObject) json(malformed)).getString("error"));
    }
}
