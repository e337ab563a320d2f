package io.relais.it.ui;

import io.relais.it.support.RelaisClient;
import io.relais.it.support.WebhookSender;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static io.relais.it.support.Eventually.eventually;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.SUPERVISOR;
import static io.relais.it.support.RelaisClient.SUPERVISOR_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A supervisor watches the live view: the conversation an agent holds shows under his name, and
 * the supervisor gives it to a colleague from there.
 */
@ExtendWith(Browser.class)
class SupervisionUiIT {

    @Test
    void a_supervisor_reassigns_a_conversation(Browser browser) {
        RelaisClient supervisor = RelaisClient.basic(SUPERVISOR, SUPERVISOR_PASSWORD);
        RelaisClient julien = RelaisClient.basic("julien", AGENT_PASSWORD);
        RelaisClient sofia = RelaisClient.basic("sofia", AGENT_PASSWORD);
        String name = "Léon Superviseur " + UUID.randomUUID().toString().substring(0, 6);
        String phone = RelaisClient.newMobileNumber();
        HttpResponse<String> accepted = new WebhookSender().post(Json.createObjectBuilder()
                .add("channel", "SMS").add("senderKind", "PHONE").add("sender", phone).add("senderName", name)
                .add("messageId", UUID.randomUUID().toString()).add("text", "Ma facture est fausse").build().toString());
        assertEquals(202, accepted.statusCode(), accepted.body());
        JsonArray entries = eventually(() -> supervisor.timelineOf(phone).filter(e -> !e.isEmpty()));
        String conversation = entries.getJsonObject(0).getString("conversationId");
        try {
            eventually(() -> java.util.Optional.of(supervisor.get("/api/routing/conversations/" + conversation))
                    .filter(r -> r.statusCode() == 200));
            for (RelaisClient agent : List.of(julien, sofia)) {
                assertEquals(200, agent.put("/api/routing/agents/me/presence", "{\"presence\":\"BUSY\"}").statusCode());
            }
            HttpResponse<String> taken = julien.post("/api/routing/conversations/" + conversation + "/take", "");
            assertEquals(200, taken.statusCode(), taken.body());

            browser.open("/supervision/live.xhtml");
            browser.signIn(SUPERVISOR, SUPERVISOR_PASSWORD);
            browser.waitForText(By.id("supervisionTitle"), "Supervision en direct");
            By row = By.xpath("//tbody[@id='supervision:conversations_data']/tr[contains(., '" + name + "')]");
            browser.waitForText(row, "Julien Bernard");
            browser.find(By.xpath("//tbody[@id='supervision:conversations_data']/tr[contains(., '" + name
                    + "')]//button[contains(@class, 'relais-reassign')]")).click();
            browser.find(By.id("reassignDialog"));
            browser.choose("reassignForm:target", "Sofia Haddad");
            browser.find(By.id("reassignForm:confirmReassign")).click();
            browser.waitForText(row, "Sofia Haddad");

            JsonObject routed = (JsonObject) json(supervisor.get("/api/routing/conversations/" + conversation));
            assertEquals("sofia", routed.getString("agent"));
        } finally {
            for (RelaisClient agent : List.of(julien, sofia)) {
                agent.put("/api/routing/agents/me/presence", "{\"presence\":\"OFFLINE\"}");
            }
            supervisor.put("/api/conversations/" + conversation + "/status", "{\"status\":\"RESOLVED\"}");
        }
    }
}
