package io.relais.it.ui;

import io.relais.it.support.RelaisClient;
import io.relais.it.support.WebhookSender;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.UUID;

import static io.relais.it.support.Eventually.eventually;
import static io.relais.it.support.RelaisClient.ADMIN;
import static io.relais.it.support.RelaisClient.ADMIN_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An administrator sees a message that could not be recorded, with the reason, and discards it. */
@ExtendWith(Browser.class)
class ChannelsUiIT {

    @Test
    void anAdministratorSeesAFailedMessageAndDiscardsIt(Browser browser) {
        String sender = "refuse." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
        var queued = new WebhookSender().post(Json.createObjectBuilder().add("channel", "EMAIL").add("senderKind", "EMAIL")
                .add("sender", sender).add("text", "x".repeat(1_000_001)).build().toString());
        assertEquals(202, queued.statusCode(), queued.body());
        RelaisClient admin = RelaisClient.basic(ADMIN, ADMIN_PASSWORD);
        eventually(() -> ((JsonArray) json(admin.get("/api/admin/inbound/dead-letters"))).stream()
                .map(JsonObject.class::cast).filter(d -> sender.equals(d.getString("sender", null))).findFirst());

        browser.open("/admin/channels.xhtml");
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.waitForText(By.id("channelsTitle"), "Canaux");
        WebElement row = browser.find(By.xpath("//tbody[@id='channels:deadLetters_data']/tr[td[contains(., '" + sender + "')]]"));
        assertTrue(row.getText().contains("Refusé tel quel"), row.getText());
        assertTrue(row.getText().contains("1000000 characters"), row.getText());

        row.findElement(By.xpath(".//button[contains(., 'Supprimer')]")).click();
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText(Browser.NOTICE, "Message supprimé.");
        assertTrue(browser.driver().findElements(By.xpath("//tbody[@id='channels:deadLetters_data']/tr[td[contains(., '"
                + sender + "')]]")).isEmpty());
    }
}
