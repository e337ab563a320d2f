package io.relais.it.ui;

import io.relais.it.support.RelaisClient;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.net.http.HttpResponse;
import java.util.UUID;

import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void theComposerSwapsInTheHandOffLineAndRefusesWhatTheChannelCannotCarryInFrench(Browser browser) {
        HttpResponse<String> landed = RelaisClient.basic(AGENT, AGENT_PASSWORD).post("/api/contacts",
                "{\"channel\":\"SMS\",\"senderKind\":\"PHONE\",\"sender\":\"" + RelaisClient.newMobileNumber()
                        + "\",\"senderName\":\"Paul Girard\",\"providerMessageId\":\"" + UUID.randomUUID()
                        + "\",\"text\":\"Ma carte de fidélité ne marche plus.\"}");
        assertEquals(201, landed.statusCode(), landed.body());
        browser.open("/customer.xhtml?id=" + ((JsonObject) json(landed)).getString("customerId"));
        browser.signIn(AGENT, AGENT_PASSWORD);
        browser.waitForText(By.id("customerName"), "Paul Girard");
        browser.find(By.cssSelector("#summaryCard button.relais-reply")).click();
        browser.waitForText(By.id("replyDialog"), "Répondre au client");

        browser.choose("replyDialogForm:replyChannel", "X");
        browser.waitForValue(By.id("replyDialogForm:replyText"), "Suite à votre message par SMS, nous vous répondons sur X. ");
        browser.find(By.id("replyDialogForm:replyText")).sendKeys(
                "Bonjour, nous avons bien reçu votre demande et nous la traitons avec la plus grande attention. ".repeat(3));
        browser.find(By.id("replyDialogForm:sendReply")).click();
        browser.waitForText(Browser.NOTICE, "Refusé");
        String notice = browser.find(Browser.NOTICE).getText();
        assertTrue(notice.contains("La réponse publique compte") && notice.contains("pour 280 au plus"), notice);
        assertTrue(browser.find(By.id("replyDialog")).isDisplayed(), "the agent keeps his text to shorten it");
        HttpResponse<String> timeline = RelaisClient.basic(AGENT, AGENT_PASSWORD).get("/api/customers/"
                + ((JsonObject) json(landed)).getString("customerId") + "/timeline");
        assertTrue(!timeline.body().contains("OUTBOUND"), "nothing recorded: " + timeline.body());
    }

    @Test
    void anUnknownCustomerIsSaidSo(Browser browser) {
        browser.open("/customer.xhtml?id=not-an-id");
        browser.signIn(AGENT, AGENT_PASSWORD);
        browser.waitForText(By.id("customerUnknown"), "Client introuvable.");
    }

    @Test
    void anAgentSplitsASecondRequestIntoItsOwnConversationAndFilesItBack(Browser browser) {
        String phone = RelaisClient.newMobileNumber();
        var agent = RelaisClient.basic(AGENT, AGENT_PASSWORD);
        String customer = null;
        for (String text : new String[]{"Ma box ne s'allume plus", "Et je voudrais aussi résilier l'option TV"}) {
            HttpResponse<String> landed = agent.post("/api/contacts", "{\"channel\":\"SMS\",\"senderKind\":\"PHONE\","
                    + "\"sender\":\"" + phone + "\",\"senderName\":\"Victor Hamel\",\"providerMessageId\":\""
                    + UUID.randomUUID() + "\",\"text\":\"" + text + "\"}");
            assertEquals(201, landed.statusCode(), landed.body());
            customer = ((JsonObject) json(landed)).getString("customerId");
        }
        browser.open("/customer.xhtml?id=" + customer);
        browser.signIn(AGENT, AGENT_PASSWORD);
        browser.waitForText(By.id("customerName"), "Victor Hamel");
        assertEquals(1, openConversations(browser));

        browser.driver().findElements(By.cssSelector(".relais-file-elsewhere button")).get(0).click();
        visibleMenuItem(browser, "Nouvelle conversation avec cet échange").click();
        browser.waitForText(Browser.NOTICE, "Nouvelle conversation ouverte avec cet échange.");
        assertEquals(2, openConversations(browser));

        browser.driver().findElements(By.cssSelector(".relais-file-elsewhere button")).get(0).click();
        visibleMenuItem(browser, "Déplacer vers").click();
        browser.waitForText(Browser.NOTICE, "Échange déplacé.");
        assertEquals(1, openConversations(browser), "the conversation left empty is closed");
        assertTrue(browser.find(By.id("timelineForm:timeline")).getText().contains("Et je voudrais aussi résilier"));
    }

    @Test
    void anAgentPromisesACallBackAndSaysItWasKept(Browser browser) {
        HttpResponse<String> landed = RelaisClient.basic(AGENT, AGENT_PASSWORD).post("/api/contacts",
                "{\"channel\":\"SMS\",\"senderKind\":\"PHONE\",\"sender\":\"" + RelaisClient.newMobileNumber()
                        + "\",\"senderName\":\"Agathe Morel\",\"providerMessageId\":\"" + UUID.randomUUID()
                        + "\",\"text\":\"Pouvez-vous me rappeler ?\"}");
        assertEquals(201, landed.statusCode(), landed.body());
        browser.open("/customer.xhtml?id=" + ((JsonObject) json(landed)).getString("customerId"));
        browser.signIn(AGENT, AGENT_PASSWORD);
        browser.waitForText(By.id("customerName"), "Agathe Morel");
        assertTrue(browser.find(By.id("summaryCard")).getText().contains("Aucune promesse en attente."));

        browser.find(By.cssSelector("button[id$='newPromise']")).click();
        browser.waitForText(By.id("promiseDialog"), "Ce qui est promis");
        browser.find(By.id("promiseDialogForm:promiseText")).sendKeys("Rappel avec le technicien");
        browser.find(By.id("promiseDialogForm:confirmPromise")).click();
        browser.waitForText(Browser.NOTICE, "Promesse enregistrée.");
        String summary = browser.find(By.id("summaryCard")).getText();
        assertTrue(summary.contains("Rappel avec le technicien") && summary.contains("10:00"), summary);

        browser.find(By.cssSelector("#summaryCard button.relais-kept")).click();
        browser.waitForText(Browser.NOTICE, "Promesse mise à jour.");
        assertTrue(browser.find(By.id("summaryCard")).getText().contains("Aucune promesse en attente."));
        assertTrue(browser.find(By.id("timelineForm:timeline")).getText().contains("(tenue)"));
    }

    @Test
    void anAdministratorExportsThenErasesACustomer(Browser browser) throws Exception {
        var admin = RelaisClient.basic(RelaisClient.ADMIN, RelaisClient.ADMIN_PASSWORD);
        HttpResponse<String> landed = admin.post("/api/contacts",
                "{\"channel\":\"SMS\",\"senderKind\":\"PHONE\",\"sender\":\"" + RelaisClient.newMobileNumber()
                        + "\",\"senderName\":\"Basile Roger\",\"providerMessageId\":\"" + UUID.randomUUID()
                        + "\",\"text\":\"Effacez mes données, s'il vous plaît\"}");
        assertEquals(201, landed.statusCode(), landed.body());
        String customer = ((JsonObject) json(landed)).getString("customerId");
        browser.open("/customer.xhtml?id=" + customer);
        browser.signIn(RelaisClient.ADMIN, RelaisClient.ADMIN_PASSWORD);
        browser.waitForText(By.id("customerName"), "Basile Roger");

        browser.find(By.id("privacyForm:export")).click();
        boolean exported = false;
        for (int attempt = 0; attempt < 50 && !exported; attempt++) {
            Thread.sleep(200);
            HttpResponse<String> log = admin.post("/api/customers/" + customer + "/privacy/export",
                    "{\"reason\":\"contrôle du test\"}");
            exported = log.body().contains("Export depuis la fiche client");
        }
        assertTrue(exported, "the export from the page is in the audit log");

        browser.find(By.id("privacyForm:erase")).click();
        browser.waitForText(By.id("erasureDialog"), "C’est définitif.");
        browser.find(By.id("erasureDialogForm:erasureReason")).sendKeys("Demande écrite du 20/11/2026");
        browser.find(By.id("erasureDialogForm:confirmErasure")).click();
        browser.waitForText(By.id("customerErased"), "Ce client a été effacé à sa demande (RGPD).");
        assertEquals(410, admin.get("/api/customers/" + customer).statusCode());
    }

    private static int openConversations(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#summaryCard .relais-open")).size();
    }

    private static org.openqa.selenium.WebElement visibleMenuItem(Browser browser, String startsWith) {
        // The menu fades in: wait until its item is shown rather than look once.
        return new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .withMessage("no visible menu item " + startsWith)
                .until(driver -> driver.findElements(By.cssSelector(".ui-menu-list a.ui-menuitem-link")).stream()
                        .filter(org.openqa.selenium.WebElement::isDisplayed)
                        .filter(a -> a.getText().startsWith(startsWith))
                        .findFirst().orElse(null));
    }
}
