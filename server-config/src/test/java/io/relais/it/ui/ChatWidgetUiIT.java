package io.relais.it.ui;

import io.relais.it.support.RelaisClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

import java.util.UUID;

import static io.relais.it.support.Eventually.eventually;
import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A visitor of a company's website chats through the widget, with the keyboard only, in one tab;
 * his line is acknowledged and lands on the customer's page, where an agent answers in another tab;
 * the answer appears in the widget.
 */
@ExtendWith(Browser.class)
class ChatWidgetUiIT {

    @Test
    void aVisitorChatsThroughTheWidgetWhileAnAgentAnswersInAnotherTab(Browser browser) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Inès Widget" + unique;
        browser.open("/widget/demo.html");
        WebElement launcher = browser.find(By.cssSelector(".relais-chat-launcher"));
        assertEquals("Discuter avec nous", launcher.getText());
        launcher.sendKeys(Keys.ENTER);
        browser.waitForText(By.cssSelector(".relais-chat-status"), "En ligne");
        WebElement input = browser.find(By.cssSelector(".relais-chat-form textarea"));
        assertEquals(input, browser.driver().switchTo().activeElement(), "opening the chat puts the cursor in the message");
        browser.find(By.cssSelector(".relais-chat-form input[type=text]")).sendKeys(name);
        input.sendKeys("Bonjour, ma commande " + unique + " n'est pas arrivée.", Keys.ENTER);
        browser.waitForText(By.cssSelector(".relais-chat-log li.mine small"), "reçu");

        RelaisClient agent = RelaisClient.basic(AGENT, AGENT_PASSWORD);
        JsonObject line = eventually(() -> agent.timelineOf("Widget" + unique)).getJsonObject(0);
        JsonArray found = (JsonArray) json(agent.get("/api/customers?q=Widget" + unique));
        assertEquals(1, found.size(), "the visitor became a customer named as he gave it");
        assertEquals("CHAT", line.getString("channel"));
        assertTrue(line.getString("text").contains(unique), line.toString());

        String visitorTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open("/customer.xhtml?id=" + found.getJsonObject(0).getString("customerId"));
        browser.signIn(AGENT, AGENT_PASSWORD);
        browser.waitForText(By.id("customerName"), name);
        browser.find(By.cssSelector("#summaryCard button.relais-reply")).click();
        browser.waitForText(By.id("replyDialog"), "Répondre au client");
        // Answering on another channel opens the reply with the hand-off line; coming back removes it.
        browser.choose("replyDialogForm:replyChannel", "E-mail");
        browser.waitForValue(By.id("replyDialogForm:replyText"), "Suite à votre message sur le chat, nous vous répondons par e-mail. ");
        browser.choose("replyDialogForm:replyChannel", "Chat");
        browser.waitForValue(By.id("replyDialogForm:replyText"), "");
        browser.find(By.id("replyDialogForm:replyText")).sendKeys("Bonjour Inès, je regarde votre commande.");
        browser.find(By.id("replyDialogForm:sendReply")).click();
        // The page reloads with the reply in the timeline (the notice after the redirect is too brief
        // to rely on when the machine is busy).
        browser.waitForText(By.id("timelineForm:timeline"), "Bonjour Inès, je regarde votre commande.");

        browser.driver().switchTo().window(visitorTab);
        browser.waitForText(By.cssSelector(".relais-chat-log li.theirs"), "Bonjour Inès, je regarde votre commande.");
    }
}
