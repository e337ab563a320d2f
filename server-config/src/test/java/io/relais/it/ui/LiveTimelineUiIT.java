package io.relais.it.ui;

import io.relais.it.support.RelaisClient;
import io.relais.it.support.WebhookSender;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.relais.it.support.Eventually.eventually;
import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Pages that learn of changes without reloading: the customer page shows a new message in place,
 * or, while the agent is writing a reply, only offers to show it (nothing moves under his hands);
 * the inbox counts what changed and reads the list again when asked.
 */
@ExtendWith(Browser.class)
class LiveTimelineUiIT {

    private static String message(String email, String text) {
        return Json.createObjectBuilder().add("channel", "EMAIL").add("senderKind", "EMAIL").add("sender", email)
                .add("senderName", "Hugo Direct").add("messageId", "<" + UUID.randomUUID() + "@exemple.fr>")
                .add("text", text).build().toString();
    }

    private final WebhookSender webhook = new WebhookSender();

    /** The customer writes a first time; an agent opens his page and sees it. */
    private void openAfterAFirstMessage(Browser browser, String email, String text) {
        RelaisClient agent = RelaisClient.basic(AGENT, AGENT_PASSWORD);
        assertEquals(202, webhook.post(message(email, text)).statusCode());
        eventually(() -> agent.timelineOf(email).filter(t -> t.size() == 1));
        String customerId = ((JsonArray) json(agent.get("/api/customers?q=" + email.replace("@", "%40"))))
                .getJsonObject(0).getString("customerId");
        browser.open("/customer.xhtml?id=" + customerId);
        browser.signIn(AGENT, AGENT_PASSWORD);
        browser.waitForText(By.id("timelineForm:timeline"), text);
    }

    @Test
    void aNewMessageAppearsOnTheOpenPageWithoutReloading(Browser browser) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "hugo." + unique + "@exemple.fr";
        openAfterAFirstMessage(browser, email, "Premier message " + unique);
        Object page = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return window.relaisPageMark = 'same page';");

        assertEquals(202, webhook.post(message(email, "Second message " + unique)).statusCode());
        browser.waitForText(By.id("timelineForm:timeline"), "Second message " + unique);
        assertEquals(page, ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "return window.relaisPageMark;"), "the page was not reloaded");
    }

    @Test
    void whileTheAgentWritesANewMessageIsOfferedNotForced(Browser browser) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "lea." + unique + "@exemple.fr";
        openAfterAFirstMessage(browser, email, "Question " + unique);
        browser.find(By.cssSelector("#summaryCard button.relais-reply")).click();
        browser.waitForText(By.id("replyDialog"), "Répondre au client");
        browser.find(By.id("replyDialogForm:replyText")).sendKeys("Bonjour, je regarde");

        assertEquals(202, webhook.post(message(email, "Précision " + unique)).statusCode());
        browser.waitForText(By.id("liveNotice"), "Du nouveau dans cet historique.");
        assertEquals("Bonjour, je regarde", browser.find(By.id("replyDialogForm:replyText")).getAttribute("value"),
                "what the agent was writing is untouched");
        assertFalse(browser.find(By.id("timelineForm:timeline")).getText().contains("Précision " + unique),
                "the timeline did not move under the agent");

        // The agent puts his reply aside and asks for what is new.
        browser.find(By.cssSelector("#replyDialog .ui-dialog-titlebar-close")).click();
        browser.waitUntilHidden(By.id("replyDialog"));
        browser.find(By.cssSelector("#liveNotice button")).click();
        browser.waitForText(By.id("timelineForm:timeline"), "Précision " + unique);
        browser.waitUntilHidden(By.id("liveNotice"));
    }

    @Test
    void theInboxCountsWhatChangedAndReadsTheListAgainWhenAsked(Browser browser) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        browser.open("/inbox.xhtml");
        browser.signIn(AGENT, AGENT_PASSWORD);
        browser.find(By.id("inbox:conversations"));

        assertEquals(202, webhook.post(message("marc." + unique + "@exemple.fr", "Bonjour " + unique)).statusCode());
        assertEquals(202, webhook.post(message("anne." + unique + "@exemple.fr", "Bonsoir " + unique)).statusCode());
        // Both new conversations are counted (a change elsewhere in Relais meanwhile would count too).
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver -> {
            Matcher counted = Pattern.compile("Nouvelle activité sur (\\d+) conversation\\(s\\)\\.")
                    .matcher(driver.findElement(By.id("inboxNoticeText")).getText());
            return counted.matches() && Integer.parseInt(counted.group(1)) >= 2;
        });
        browser.find(By.id("inboxRefresh")).click();
        browser.waitUntilHidden(By.id("inboxNotice"));
    }
}
