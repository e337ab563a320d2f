package io.relais.it.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;

import java.util.UUID;

import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;

/**
 * An agent at the live chat console (one tab) and a visitor in the widget (another tab): the
 * visitor's line shows in the queue, the agent takes it, they exchange lines, the widget names the
 * agent and shows him typing, and the agent ends the chat.
 */
@ExtendWith(Browser.class)
class ChatConsoleUiIT {

    @Test
    void anAgentTakesAChatFromTheQueueAndAnswersTheVisitorLive(Browser browser) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Noé Console" + unique;
        browser.open("/chat/console.xhtml");
        browser.signIn(AGENT, AGENT_PASSWORD);
        browser.waitForText(By.id("chatStatus"), "Connecté");
        browser.find(By.id("chatAvailable")).click();
        String agentTab = browser.driver().getWindowHandle();

        browser.driver().switchTo().newWindow(WindowType.TAB);
        String visitorTab = browser.driver().getWindowHandle();
        browser.open("/widget/demo.html");
        browser.find(By.cssSelector(".relais-chat-launcher")).sendKeys(Keys.ENTER);
        browser.waitForText(By.cssSelector(".relais-chat-status"), "En ligne");
        browser.find(By.cssSelector(".relais-chat-form input[type=text]")).sendKeys(name);
        browser.find(By.cssSelector(".relais-chat-form textarea")).sendKeys("Bonjour, ma facture " + unique + " est fausse.", Keys.ENTER);
        browser.waitForText(By.cssSelector(".relais-chat-status"), "dans la file");

        browser.driver().switchTo().window(agentTab);
        By waiting = By.xpath("//ul[@id='chatQueue']/li[strong[text()='" + name + "']]");
        browser.waitForText(waiting, "attend depuis");
        browser.find(By.xpath("//ul[@id='chatQueue']/li[strong[text()='" + name + "']]/button")).click();
        By panel = By.xpath("//article[.//h3[text()='" + name + "']]");
        browser.waitForText(panel, "ma facture " + unique);
        browser.find(By.xpath("//article[.//h3[text()='" + name + "']]//textarea"))
                .sendKeys("Bonjour, je corrige votre facture.", Keys.ENTER);
        browser.waitForText(panel, "Envoyé");

        browser.driver().switchTo().window(visitorTab);
        browser.waitForText(By.cssSelector(".relais-chat-log li.theirs"), "Bonjour, je corrige votre facture.");
        browser.waitForText(By.cssSelector(".relais-chat-status"), "Camille Martin vous répond");
        browser.find(By.cssSelector(".relais-chat-form textarea")).sendKeys("Merci beaucoup !", Keys.ENTER);

        browser.driver().switchTo().window(agentTab);
        browser.waitForText(panel, "Merci beaucoup !");
        browser.find(By.xpath("//article[.//h3[text()='" + name + "']]//button[contains(@class,'relais-console-end')]")).click();
        browser.waitForText(panel, "Le chat est terminé.");

        browser.driver().switchTo().window(visitorTab);
        browser.waitForText(By.cssSelector(".relais-chat-status"), "Le chat est terminé.");
    }
}
