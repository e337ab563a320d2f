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
import static io.relais.it.support.RelaisClient.SUPERVISOR;
import static io.relais.it.support.RelaisClient.SUPERVISOR_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A supervisor finds a customer by a phone number typed the French way, merges his duplicate, then undoes it. */
@ExtendWith(Browser.class)
class MergeUiIT {

    private static String receive(String channel, String kind, String sender, String name, String text) {
        HttpResponse<String> landed = RelaisClient.basic(AGENT, AGENT_PASSWORD).post("/api/contacts",
                "{\"channel\":\"" + channel + "\",\"senderKind\":\"" + kind + "\",\"sender\":\"" + sender
                        + "\",\"senderName\":\"" + name + "\",\"providerMessageId\":\"" + UUID.randomUUID()
                        + "\",\"text\":\"" + text + "\"}");
        assertEquals(201, landed.statusCode(), landed.body());
        return ((JsonObject) json(landed)).getString("customerId");
    }

    @Test
    void aSupervisorMergesADuplicateAndUndoesIt(Browser browser) {
        receive("SMS", "PHONE", "+33612345678", "Paul Renaud", "Bonjour, où en est ma commande ?");
        receive("WHATSAPP", "WHATSAPP", "+33612345678", "Paulo", "Ma commande 5521 est en retard");

        browser.open("/inbox.xhtml");
        browser.signIn(SUPERVISOR, SUPERVISOR_PASSWORD);
        browser.find(By.id("customerQuery")).sendKeys("06 12 34 56 78", Keys.ENTER);
        browser.waitForText(By.id("searchTitle"), "Recherche de clients");
        browser.find(By.linkText("Paul Renaud")).click();
        browser.waitForText(By.id("customerName"), "Paul Renaud");

        String suggestions = browser.find(By.id("mergeForm:suggestions")).getText();
        assertTrue(suggestions.contains("Paulo") && suggestions.contains("même numéro de téléphone")
                && suggestions.contains("90"), suggestions);
        browser.find(By.cssSelector("#mergeForm\\:suggestions button.relais-merge")).click();
        browser.waitForText(By.id("mergeDialog"), "Fusionner deux fiches client");
        browser.find(By.id("mergeDialogForm:mergeReason")).sendKeys("Même numéro, confirmé par le client");
        browser.find(By.id("mergeDialogForm:confirmMerge")).click();

        browser.waitForText(Browser.NOTICE, "Fiches fusionnées.");
        String identities = browser.find(By.id("identities")).getText();
        assertTrue(identities.contains("WhatsApp"), "Paulo's WhatsApp is now Paul's: " + identities);
        assertTrue(browser.find(By.id("timelineForm:timeline")).getText().contains("Ma commande 5521 est en retard"));
        assertTrue(browser.find(By.id("mergeForm:merges")).getText().contains("Même numéro, confirmé par le client"));

        browser.find(By.cssSelector("#mergeForm\\:merges button.relais-unmerge")).click();
        browser.waitForText(By.id("unmergeDialog"), "Annuler une fusion");
        browser.find(By.id("unmergeDialogForm:unmergeReason")).sendKeys("Deux personnes différentes");
        browser.find(By.id("unmergeDialogForm:confirmUnmerge")).click();

        browser.waitForText(Browser.NOTICE, "Fusion annulée");
        assertFalse(browser.find(By.id("identities")).getText().contains("WhatsApp"), "the WhatsApp number went back");
        assertFalse(browser.find(By.id("timelineForm:timeline")).getText().contains("Ma commande 5521 est en retard"));
        assertTrue(browser.find(By.id("mergeForm:merges")).getText().contains("annulée par nadia"));
    }

    @Test
    void aMergeAnotherSupervisorOvertookIsRefusedInFrenchAndNothingMoves(Browser browser) {
        String phone = RelaisClient.newMobileNumber();
        String sms = receive("SMS", "PHONE", phone, "Léa Martin", "Bonjour, ma facture est fausse");
        String whatsapp = receive("WHATSAPP", "WHATSAPP", phone, "Léa", "Toujours pas de réponse");
        String email = receive("EMAIL", "EMAIL", "lea.martin." + UUID.randomUUID() + "@example.fr", "Léa Martin",
                "Je vous écris aussi par e-mail");
        browser.open("/customer.xhtml?id=" + sms);
        browser.signIn(SUPERVISOR, SUPERVISOR_PASSWORD);
        browser.waitForText(By.id("customerName"), "Léa Martin");
        browser.find(By.cssSelector("#mergeForm\\:suggestions button.relais-merge")).click();
        browser.waitForText(By.id("mergeDialog"), "Fusionner deux fiches client");
        browser.find(By.id("mergeDialogForm:mergeReason")).sendKeys("Même numéro");

        HttpResponse<String> first = RelaisClient.basic(SUPERVISOR, SUPERVISOR_PASSWORD).post("/api/customers/" + email
                + "/merges", "{\"absorbedCustomerId\":\"" + whatsapp + "\",\"reason\":\"Même personne\"}");
        assertEquals(201, first.statusCode(), first.body());
        browser.find(By.id("mergeDialogForm:confirmMerge")).click();

        browser.waitForText(Browser.NOTICE, "a été fusionné dans " + email);
        assertTrue(browser.find(Browser.NOTICE).getText().contains("travaillez sur ce client-là"),
                browser.find(Browser.NOTICE).getText());
        assertFalse(browser.find(By.id("identities")).getText().contains("WhatsApp"), "nothing merged into Léa's SMS file");
    }

    @Test
    void anAgentSeesSuggestionsButCannotMerge(Browser browser) {
        String customer = receive("SMS", "PHONE", "+33698765432", "Rose Lemaire", "Bonjour");
        receive("WHATSAPP", "WHATSAPP", "+33698765432", "Rose", "Bonjour");
        browser.open("/customer.xhtml?id=" + customer);
        browser.signIn(AGENT, AGENT_PASSWORD);
        browser.waitForText(By.id("customerName"), "Rose Lemaire");
        assertTrue(browser.find(By.id("mergeForm:suggestions")).getText().contains("Rose"));
        assertTrue(browser.driver().findElements(By.cssSelector("button.relais-merge")).isEmpty());
    }

    @Test
    void supervisorsListPossibleDuplicatesAndAgentsMayNot(Browser browser) {
        browser.open("/supervision/duplicates.xhtml");
        browser.signIn(SUPERVISOR, SUPERVISOR_PASSWORD);
        browser.waitForText(By.id("duplicatesTitle"), "Doublons possibles");
        String list = browser.find(By.id("duplicates:list")).getText();
        assertTrue(list.contains("Thomas Laurent") && list.contains("même nom et même adresse e-mail avant le @"), list);
        assertTrue(list.contains("Hugo Simon") && list.contains("même numéro de téléphone"), list);
        assertTrue(list.contains("numéro client cité dans un message") && list.contains("C-100007"), list);
    }

    @Test
    void anAgentIsRefusedTheDuplicatesList(Browser browser) {
        browser.open("/supervision/duplicates.xhtml");
        browser.signIn(AGENT, AGENT_PASSWORD);
        browser.waitForText(By.tagName("h1"), "Accès refusé");
    }
}
