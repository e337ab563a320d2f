package io.relais.it.ui;

import io.relais.it.support.RelaisClient;
import io.relais.it.support.WebhookSender;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.UUID;

import static io.relais.it.support.Eventually.eventually;
import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An agent has a customer's page open; the customer writes again; the message appears without a reload. */
@ExtendWith(Browser.class)
class LiveTimelineUiIT {

    private static String message(String email, String text) {
        return Json.createObjectBuilder().add("channel", "EMAIL").add("senderKind", "EMAIL").add("sender", email)
                .add("senderName", "Hugo Direct").add("messageId", "<" + UUID.randomUUID() + "@exemple.fr>")
                .add("text", text).build().toString();
    }

    @Test
    void aNewMessageAppearsOnTheOpenPageWithoutReloading(Browser browser) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "hugo." + unique + "@exemple.fr";
        WebhookSender webhook = new WebhookSender();
        RelaisClient agent = RelaisClient.basic(AGENT, AGENT_PASSWORD);
        assertEquals(202, webhook.post(message(email, "Premier message " + unique)).statusCode());
        eventually(() -> agent.timelineOf(email).filter(t -> t.size() == 1));
        String customerId = ((JsonArray) json(agent.get("/api/customers?q=" + email.replace("@", "%40"))))
                .getJsonObject(0).getString("customerId");

        browser.open("/customer.xhtml?id=" + customerId);
        browser.signIn(AGENT, AGENT_PASSWORD);
        browser.waitForText(By.id("timelineForm:timeline"), "Premier message " + unique);
        Object page = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return window.relaisPageMark = 'same page';");

        assertEquals(202, webhook.post(message(email, "Second message " + unique)).statusCode());
        browser.waitForText(By.id("timelineForm:timeline"), "Second message " + unique);
        assertEquals(page, ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return window.relaisPageMark;"), "the page was not reloaded");
    }
}
