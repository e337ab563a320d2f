package io.relais.it.ui;

import io.relais.it.support.RelaisClient;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.List;

import static io.relais.it.support.RelaisClient.ADMIN;
import static io.relais.it.support.RelaisClient.ADMIN_PASSWORD;
import static io.relais.it.support.RelaisClient.AGENT;
import static io.relais.it.support.RelaisClient.AGENT_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An administrator adds a word to the brand's lexicon, and is told in French why a brand without a
 * name is refused; agents cannot open the page.
 */
@ExtendWith(Browser.class)
class BrandUiIT {

    @Test
    void anAdministratorAddsAWordToAvoid(Browser browser) {
        RelaisClient admin = RelaisClient.basic(ADMIN, ADMIN_PASSWORD);
        String original = admin.get("/api/library/brand").body();
        try {
            browser.open("/admin/brand.xhtml");
            browser.signIn(ADMIN, ADMIN_PASSWORD);
            browser.waitForText(By.id("brandTitle"), "Règles de la marque");
            assertEquals("Relais Démo", browser.find(By.id("brand:name")).getAttribute("value"));
            int words = browser.driver().findElements(By.cssSelector("input[id$=':forbidden']")).size();

            browser.find(By.id("brand:addWord")).click();
            By newWord = By.id("brand:lexicon:" + words + ":forbidden");
            browser.find(newWord).sendKeys("asap");
            browser.find(By.id("brand:lexicon:" + words + ":replacement")).sendKeys("rapidement");
            browser.find(By.id("brand:save")).click();
            browser.waitForText(Browser.NOTICE, "Règles de la marque enregistrées.");

            List<String> lexicon = ((JsonObject) json(admin.get("/api/library/brand"))).getJsonArray("lexicon")
                    .getValuesAs(JsonObject.class).stream().map(e -> e.getString("forbidden") + "→" + e.getString("replacement")).toList();
            assertTrue(lexicon.contains("asap→rapidement"), lexicon.toString());
        } finally {
            assertEquals(200, admin.put("/api/library/brand", original).statusCode());
        }
    }

    @Test
    void aBrandWithoutANameIsRefusedInFrenchAndNothingIsSaved(Browser browser) {
        RelaisClient admin = RelaisClient.basic(ADMIN, ADMIN_PASSWORD);
        String before = ((JsonObject) json(admin.get("/api/library/brand"))).getString("name");
        browser.open("/admin/brand.xhtml");
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.waitForText(By.id("brandTitle"), "Règles de la marque");
        browser.find(By.id("brand:name")).clear();
        browser.find(By.id("brand:save")).click();
        browser.waitForText(Browser.NOTICE, "Une marque a besoin d’un nom, du vouvoiement ou du tutoiement");
        assertTrue(browser.find(Browser.NOTICE).getText().contains("Refusé"), browser.find(Browser.NOTICE).getText());
        assertEquals(before, ((JsonObject) json(admin.get("/api/library/brand"))).getString("name"));
    }

    @Test
    void agentsCannotChangeTheBrandsRules(Browser browser) {
        browser.open("/admin/brand.xhtml");
        browser.signIn(AGENT, AGENT_PASSWORD);
        browser.waitForText(By.tagName("h1"), "Accès refusé");
    }
}
