package io.relais.it.ui;

import io.relais.it.support.RelaisClient;
import io.relais.it.support.TestDatabase;
import io.relais.it.support.WebhookSender;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Optional;
import java.util.UUID;

import static io.relais.it.support.Eventually.eventually;
import static io.relais.it.support.RelaisClient.ADMIN;
import static io.relais.it.support.RelaisClient.ADMIN_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator sees a message that could not be recorded, with the reason, and discards it; and
 * the mail a mailbox set aside, which he tries again and deletes.
 */
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

    @Test
    void anAdministratorSeesMailAMailboxSetAsideTriesItAgainAndDeletesIt(Browser browser) throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String sender = "poupees." + unique + "@exemple.fr";
        StringBuilder nested = new StringBuilder("From: " + sender + "\r\nSubject: Poupées russes " + unique
                + "\r\nMIME-Version: 1.0\r\n");
        for (int level = 0; level < 40; level++) {
            nested.append("Content-Type: multipart/mixed; boundary=\"l").append(level).append("\"\r\n\r\n--l")
                    .append(level).append("\r\n");
        }
        byte[] raw = nested.append("Content-Type: text/plain\r\n\r\nAu fond.\r\n").toString()
                .getBytes(StandardCharsets.UTF_8);
        // As the poller keeps it (its own test, MailboxIT, reads it from a real IMAP server).
        try (Connection db = TestDatabase.relais(); PreparedStatement letter = db.prepareStatement(
                "insert into ch_mail_dead_letter (id, mailbox_id, mailbox, uid, sender, subject, size, raw, reason, "
                        + "attempts, received_at, failed_at) values (?, ?, 'support@relais.test', 42, ?, ?, ?, ?, ?, 1, "
                        + "current_timestamp, current_timestamp)")) {
            letter.setObject(1, UUID.randomUUID());
            letter.setObject(2, UUID.randomUUID());
            letter.setString(3, sender);
            letter.setString(4, "Poupées russes " + unique);
            letter.setLong(5, raw.length);
            letter.setBytes(6, raw);
            letter.setString(7, "the message nests its parts deeper than 32 levels");
            assertEquals(1, letter.executeUpdate());
        }

        browser.open("/admin/channels.xhtml");
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.waitForText(By.id("channelsTitle"), "Canaux");
        String rowPath = "//tbody[@id='channels:mailDeadLetters_data']/tr[td[contains(., '" + sender + "')]]";
        WebElement row = browser.find(By.xpath(rowPath));
        assertTrue(row.getText().contains("Poupées russes " + unique) && row.getText().contains("UID 42"), row.getText());
        assertTrue(browser.driver().findElement(By.tagName("body")).getText().contains("Courriels mis de côté"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", row);
        browser.keepScreen("set-aside");

        row.findElement(By.xpath(".//button[contains(., 'Rejouer')]")).click();
        browser.waitForText(Browser.NOTICE, "Le courriel ne peut toujours pas être lu");
        browser.keepScreen("replay-refused");
        eventually(() -> Optional.of(browser.find(By.xpath(rowPath)).getText())
                .filter(text -> text.contains("Tentatives : 2")));

        browser.find(By.xpath(rowPath)).findElement(By.xpath(".//button[contains(., 'Supprimer')]")).click();
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText(Browser.NOTICE, "Message supprimé.");
        assertTrue(browser.driver().findElements(By.xpath(rowPath)).isEmpty());
    }
}
