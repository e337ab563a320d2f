package io.relais.it.ui;

import io.relais.it.support.RelaisClient;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.util.UUID;

import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.SUPERVISOR;
import static io.relais.it.support.RelaisClient.SUPERVISOR_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An author writes an SMS variant and watches its counters, a supervisor approves it, an agent
 * inserts it in a reply filled in for the customer.
 */
@ExtendWith(Browser.class)
class LibraryUiIT {

    private static final By SMS_ENCODING = By.id("variantsForm:variants:1:smsEncoding");
    private static final By SMS_BODY = By.id("variantsForm:variants:1:body");

    @Test
    void anSmsVariantIsWrittenWithLiveCountersApprovedAndInsertedInAReply(Browser browser) {
        var supervisor = RelaisClient.basic(SUPERVISOR, SUPERVISOR_PASSWORD);
        String unique = UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> motif = supervisor.post("/api/library/motifs", "{\"code\":\"UI_" + unique.toUpperCase()
                + "\",\"labelFr\":\"Essai " + unique + "\",\"labelEn\":\"Trial " + unique + "\",\"channels\":[\"SMS\"]}");
        assertEquals(201, motif.statusCode(), motif.body());
        String title = "Délai de livraison " + unique;
        HttpResponse<String> answer = supervisor.post("/api/library/answers", "{\"motifId\":\""
                + ((JsonObject) json(motif)).getString("id") + "\",\"title\":\"" + title + "\","
                + "\"reference\":\"Nous livrons sous 3 jours ouvrés.\","
                + "\"facts\":[{\"name\":\"delai\",\"kind\":\"DELAY\",\"value\":\"3 jours ouvrés\"}]}");
        assertEquals(201, answer.statusCode(), answer.body());

        browser.open("/library.xhtml");
        browser.signIn(SUPERVISOR, SUPERVISOR_PASSWORD);
        browser.waitForText(By.id("libraryTitle"), "Bibliothèque de réponses");
        browser.find(By.xpath("//span[contains(@class,'ui-treenode-label')][contains(., 'Essai " + unique + "')]")).click();
        browser.waitForText(By.id("listTitle"), "Essai " + unique);
        browser.find(By.linkText(title)).click();
        browser.find(By.xpath("//ul[@role='tablist']/li[contains(., 'SMS')]/a")).click();

        WebElement body = browser.find(SMS_BODY);
        body.sendKeys("Bonjour {{customer.firstName}}, livraison sous {{facts.delai}}. Déjà préparé à Orléans");
        browser.waitForText(SMS_ENCODING, "GSM 7 bits");
        assertTrue(browser.find(By.id("variantsForm:variants:1:counters")).getText().contains("1 segment"),
                "é and à are in the GSM alphabet: still one 160-character SMS");
        body.sendKeys(" pour vous être agréable");
        browser.waitForText(SMS_ENCODING, "UCS-2");
        String findings = browser.find(By.id("variantsForm:variants:1:findings")).getText();
        assertTrue(findings.contains("ê") && findings.contains("70 caractères par segment"), findings);

        browser.find(By.xpath("//div[contains(@id,'variants:1:findings')]//button[contains(., 'Corriger')]")).click();
        browser.waitForText(SMS_ENCODING, "GSM 7 bits");
        assertTrue(browser.find(SMS_BODY).getAttribute("value").endsWith("pour vous etre agréable"),
                "the one-click fix keeps é and turns ê into e: " + browser.find(SMS_BODY).getAttribute("value"));

        browser.find(By.id("variantsForm:variants:1:saveVariant")).click();
        // WebDriver reads no-break spaces as plain spaces.
        browser.waitForText(Browser.NOTICE, "Variante « SMS » enregistrée.");
        browser.find(By.id("answerForm:submit")).click();
        browser.waitForText(Browser.NOTICE, "Réponse soumise à la relecture.");

        browser.open("/supervision/library-review.xhtml");
        browser.waitForText(By.id("reviewTitle"), "Relecture des réponses");
        browser.find(By.linkText(title)).click();
        browser.waitForText(By.id("reviewForm"), "pour vous etre agréable");
        browser.find(By.id("reviewForm:approve")).click();
        browser.waitForText(Browser.NOTICE, "Réponse approuvée (version 1).");

        HttpResponse<String> landed = RelaisClient.basic(AGENT, AGENT_PASSWORD).post("/api/contacts",
                "{\"channel\":\"SMS\",\"senderKind\":\"PHONE\",\"sender\":\"" + RelaisClient.newMobileNumber()
                        + "\",\"senderName\":\"Léa Fontaine\",\"providerMessageId\":\"" + UUID.randomUUID()
                        + "\",\"text\":\"Quand arrive ma livraison ?\"}");
        assertEquals(201, landed.statusCode(), landed.body());
        browser.open("/customer.xhtml?id=" + ((JsonObject) json(landed)).getString("customerId"));
        browser.waitForText(By.id("customerName"), "Léa Fontaine");
        browser.find(By.cssSelector("#summaryCard button.relais-reply")).click();
        browser.waitForText(By.id("replyDialog"), "Répondre au client");
        browser.find(By.id("replyDialogForm:insertAnswer")).click();
        browser.waitForText(By.id("insertDialog"), "Réponses suggérées");
        browser.find(By.id("insertDialogForm:insertWords")).sendKeys(unique);
        browser.find(By.id("insertDialogForm:insertSearch")).click();
        browser.waitForText(By.id("insertDialogForm:found"), title);
        browser.find(By.cssSelector("[id='insertDialogForm:found'] button.relais-use")).click();
        browser.waitForText(Browser.NOTICE, "Réponse insérée");
        String reply = browser.find(By.id("replyDialogForm:replyText")).getAttribute("value");
        assertTrue(reply.startsWith("Bonjour Léa, livraison sous 3 jours ouvrés."), reply);
        assertTrue(browser.find(By.id("replyDialogForm:replyCounters")).getText().contains("GSM 7 bits"));

        browser.find(By.id("replyDialogForm:sendReply")).click();
        browser.waitForText(Browser.NOTICE, "Réponse ajoutée à la conversation.");
        browser.waitForText(By.id("timelineForm:timeline"), "Bonjour Léa, livraison sous 3 jours ouvrés.");
        JsonObject approved = (JsonObject) json(supervisor.get("/api/library/answers/" + ((JsonObject) json(answer)).getString("id")));
        assertEquals(1, approved.getJsonArray("variants").getJsonObject(0).getInt("uses"), "the use is counted");
    }

    @Test
    void agentsAreRefusedTheReviewScreen(Browser browser) {
        browser.open("/supervision/library-review.xhtml");
        browser.signIn(AGENT, AGENT_PASSWORD);
        browser.waitForText(By.tagName("h1"), "Accès refusé");
    }
}
