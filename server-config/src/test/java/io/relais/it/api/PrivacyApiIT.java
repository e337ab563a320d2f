package io.relais.it.api;

import io.relais.it.support.RelaisClient;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static io.relais.it.support.RelaisClient.ADMIN;
import static io.relais.it.support.RelaisClient.ADMIN_PASSWORD;
import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.SUPERVISOR;
import static io.relais.it.support.RelaisClient.SUPERVISOR_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RGPD: a customer's data exported, then erased; both audited; an erased customer cannot be touched. */
class PrivacyApiIT {

    private final RelaisClient agent = RelaisClient.basic(AGENT, AGENT_PASSWORD);
    private final RelaisClient supervisor = RelaisClient.basic(SUPERVISOR, SUPERVISOR_PASSWORD);
    private final RelaisClient admin = RelaisClient.basic(ADMIN, ADMIN_PASSWORD);

    @Test
    void aCustomerIsExportedThenErasedAndTheCountsStay() {
        String email = "rgpd-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        HttpResponse<String> landed = agent.post("/api/contacts", MergesApiIT.contact("EMAIL", "EMAIL", email,
                "Bérénice Caron", "Je souhaite que vous effaciez mes données, mon adresse est 3 rue des Lilas"));
        assertEquals(201, landed.statusCode(), landed.body());
        String customer = ((JsonObject) json(landed)).getString("customerId");
        String conversation = ((JsonObject) json(landed)).getString("conversationId");

        assertEquals(403, agent.post("/api/customers/" + customer + "/privacy/export", "{\"reason\":\"x\"}").statusCode());
        HttpResponse<String> exported = supervisor.post("/api/customers/" + customer + "/privacy/export",
                "{\"reason\":\"Demande d'accès du 20/11/2026\"}");
        assertEquals(200, exported.statusCode(), exported.body());
        assertTrue(exported.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        JsonObject export = (JsonObject) json(exported);
        assertTrue(export.toString().contains("3 rue des Lilas"), "the messages are in the export");
        assertTrue(export.toString().contains(email));
        assertEquals("EXPORT", export.getJsonArray("privacyLog").getJsonObject(0).getString("action"));

        assertEquals(403, supervisor.post("/api/customers/" + customer + "/privacy/erasure", "{\"reason\":\"x\"}").statusCode(),
                "erasing is for administrators");
        assertEquals(400, admin.post("/api/customers/" + customer + "/privacy/erasure", "{}").statusCode(),
                "an erasure says why");
        assertEquals(204, admin.post("/api/customers/" + customer + "/privacy/erasure",
                "{\"reason\":\"Demande d'effacement du 21/11/2026\"}").statusCode());

        assertEquals(410, agent.get("/api/customers/" + customer).statusCode(), "an erased customer is gone");
        HttpResponse<String> record = agent.post("/api/conversations/" + conversation + "/interactions",
                "{\"channel\":\"EMAIL\",\"direction\":\"OUTBOUND\",\"kind\":\"MESSAGE\",\"text\":\"Bonjour\"}");
        assertEquals(410, record.statusCode(), record.body());
        assertTrue(record.body().contains("erased"), record.body());
        assertEquals(410, supervisor.post("/api/customers/" + customer + "/privacy/export", "{\"reason\":\"x\"}").statusCode());
        assertTrue(((jakarta.json.JsonArray) json(agent.get("/api/customers?q=" + email))).isEmpty(),
                "his email no longer finds him");
        assertFalse(agent.get("/api/customers?q=berenice").body().contains(customer));

        HttpResponse<String> again = agent.post("/api/contacts", MergesApiIT.contact("EMAIL", "EMAIL", email,
                "Bérénice Caron", "Bonjour"));
        assertTrue(((JsonObject) json(again)).getBoolean("newCustomer"), "writing again makes a new customer");
    }
}
