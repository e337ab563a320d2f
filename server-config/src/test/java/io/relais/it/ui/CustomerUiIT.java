package io.relais.it.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** From the search box to the customer 360, and from the inbox to the customer 360. */
@ExtendWith(Browser.class)
class CustomerUiIT {

    @Test
    void anAgentFindsACustomerByPhoneAndReadsHisWholeHistory(Browser browser) {
        browser.open("/inbox.xhtml");
        browser.signIn(AGENT, AGENT_PASSWORD);
        browser.waitForText(By.tagName("h1"), "Conversations ouvertes");

        browser.find(By.id("customerQuery")).sendKeys("06.12.34.56.01", Keys.ENTER);
        browser.waitForText(By.id("searchTitle"), "Recherche de clients");
        browser.find(By.linkText("Marie Dubois")).click();

        browser.waitForText(By.id("customerName"), "Marie Dubois");
        String summary = browser.find(By.id("summaryCard")).getText();
        assertTrue(summary.contains("Commande 48213 non reçue"), summary);
        String profile = browser.find(By.id("identities")).getText();
        assertTrue(profile.contains("+33612345601"), profile);
        assertTrue(profile.contains("Particulier") && profile.contains("Île-de-France"), "segment shown: " + profile);
        assertTrue(profile.contains("Consentements"), profile);
        String timeline = browser.find(By.id("timelineForm:timeline")).getText();
        assertTrue(timeline.contains("Toujours pas de réponse à mon email d'hier"), timeline);
        assertTrue(timeline.contains("J'ai oublié mon mot de passe."), "resolved conversations stay in the history");
    }

    @Test
    void theInboxLeadsToTheCustomer(Browser browser) {
        browser.open("/inbox.xhtml");
        browser.signIn(AGENT, AGENT_PASSWORD);
        browser.find(By.linkText("Oliver Smith")).click();
        browser.waitForText(By.id("customerName"), "Oliver Smith");
        assertTrue(browser.find(By.id("summaryCard")).getText().contains("VAT invoice for my company"));
    }

    @Test
    void anUnknownCustomerIsSaidSo(Browser browser) {
        browser.open("/customer.xhtml?id=not-an-id");
        browser.signIn(AGENT, AGENT_PASSWORD);
        browser.waitForText(By.id("customerUnknown"), "Client introuvable.");
    }
}
