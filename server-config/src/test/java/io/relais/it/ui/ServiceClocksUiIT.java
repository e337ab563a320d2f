package io.relais.it.ui;

import io.relais.it.support.RelaisClient;
import io.relais.it.support.WebhookSender;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static io.relais.it.support.Eventually.eventually;
import static io.relais.it.support.RelaisClient.ADMIN;
import static io.relais.it.support.RelaisClient.ADMIN_PASSWORD;
import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inbox counts down a conversation's service commitment: green while there is time, amber past
 * the warning share, red and "dépassé" once the deadline passed, without reloading the page.
 */
@ExtendWith(Browser.class)
class ServiceClocksUiIT {

    @Test
    void an_inbox_countdown_turns_to_warning_then_breach(Browser browser) {
        RelaisClient admin = RelaisClient.basic(ADMIN, ADMIN_PASSWORD);
        HttpResponse<String> created = admin.post("/api/commitments", "{\"name\":\"Instagram éclair\","
                + "\"channel\":\"INSTAGRAM\",\"firstResponse\":\"PT45S\",\"warningPercent\":50}");
        assertEquals(201, created.statusCode(), created.body());
        String commitmentId = ((JsonObject) json(created)).getString("id");
        try {
            String name = "Zoé Horloge " + UUID.randomUUID().toString().substring(0, 6);
            HttpResponse<String> accepted = new WebhookSender().post(Json.createObjectBuilder()
                    .add("channel", "INSTAGRAM").add("senderKind", "PHONE").add("sender", RelaisClient.newMobileNumber())
                    .add("senderName", name).add("messageId", UUID.randomUUID().toString())
                    .add("text", "Ma commande n'est pas arrivée").build().toString());
            assertEquals(202, accepted.statusCode(), accepted.body());
            RelaisClient agent = RelaisClient.basic(AGENT, AGENT_PASSWORD);
            eventually(() -> agent.timelineOf(name).filter(entries -> !entries.isEmpty()));

            browser.open("/inbox.xhtml");
            browser.signIn(AGENT, AGENT_PASSWORD);
            browser.find(By.id("inbox:conversations"));
            // The inbox lists the longest-waiting first: a conversation just opened is on the last page.
            WebElement last = browser.driver().findElement(By.cssSelector("#inbox\\:conversations .ui-paginator-last"));
            if (!last.getAttribute("class").contains("ui-state-disabled")) {
                last.click();
            }
            By clock = By.xpath("//tr[contains(., '" + name + "')]//span[contains(@class, 'relais-clock')"
                    + " and @data-deadline]");
            WebDriverWait patience = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
            patience.until(driver -> "ok".equals(driver.findElement(clock).getAttribute("data-state")));
            assertTrue(browser.find(clock).getText().contains("1re réponse"), browser.find(clock).getText());
            assertTrue(browser.find(clock).getText().contains("reste"), browser.find(clock).getText());

            patience.until(driver -> "warning".equals(driver.findElement(clock).getAttribute("data-state")));
            patience.until(driver -> "breached".equals(driver.findElement(clock).getAttribute("data-state")));
            assertTrue(browser.find(clock).getText().contains("dépassé de"), browser.find(clock).getText());
        } finally {
            admin.delete("/api/commitments/" + commitmentId);
        }
    }
}
