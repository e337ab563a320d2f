package io.relais.it.ui;

import io.relais.it.support.RelaisClient;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An agent signs in with a real browser, reads the inbox, switches language and signs out. */
@ExtendWith(Browser.class)
class InboxUiIT {

    private static final By TITLE = By.tagName("h1");

    @Test
    void anAgentSignsInAndSeesTheInbox(Browser browser) {
        // Other tests may have opened conversations before this one: the inbox holds the demo's 20 and theirs.
        long open = Long.parseLong(RelaisClient.basic(AGENT, AGENT_PASSWORD).get("/api/inbox/count").body().strip());
        assertTrue(open >= 20, "open conversations: " + open);
        browser.open("/");
        browser.signIn(AGENT, AGENT_PASSWORD);

        browser.waitForText(TITLE, "Conversations ouvertes");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#inbox\\:conversations_data tr"));
        assertEquals(Math.min(open, 25), rows.size(), "a first page of at most 25 conversations");
        String table = browser.find(By.id("inbox:conversations")).getText();
        assertTrue(table.contains("Marie Dubois"), table);
        assertTrue(table.contains("Colis en retard"), "motif labels come from the response library");
        assertFalse(browser.driver().findElements(By.cssSelector("#inbox\\:conversations i.pi-envelope")).isEmpty(),
                "channels are shown as icons");
        assertTrue(browser.find(By.id("inbox:conversations")).getText().contains("sur " + open), "page report in French");

        browser.find(By.id("menuForm:langEn")).click();
        browser.waitForText(TITLE, "Open conversations");
        assertTrue(browser.find(By.id("inbox:conversations")).getText().contains("Late parcel"));

        browser.find(By.id("menuForm:signOut")).click();
        browser.find(By.id("login:username"));
        browser.open("/inbox.xhtml");
        browser.find(By.id("login:username"));
    }

    @Test
    void aWrongPasswordIsExplainedOnTheLoginPage(Browser browser) {
        browser.open("/inbox.xhtml");
        browser.signIn(AGENT, "wrong-password");
        browser.waitForText(By.id("login:loginMessages"), "Identifiant ou mot de passe incorrect.");
    }

    @Test
    void anAgentIsRefusedAnAdministrationPage(Browser browser) {
        browser.open("/admin/tokens.xhtml");
        browser.signIn(AGENT, AGENT_PASSWORD);
        browser.waitForText(TITLE, "Accès refusé");
        assertTrue(browser.driver().findElements(By.id("tokens:issue")).isEmpty());
    }
}
