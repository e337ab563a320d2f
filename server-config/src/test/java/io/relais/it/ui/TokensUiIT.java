package io.relais.it.ui;

import io.relais.it.support.RelaisClient;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static io.relais.it.support.RelaisClient.ADMIN;
import static io.relais.it.support.RelaisClient.ADMIN_PASSWORD;
import static io.relais.it.support.RelaisClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An administrator issues a personal API token on the admin page, an integration uses it, then it is revoked. */
@ExtendWith(Browser.class)
class TokensUiIT {

    @Test
    void anAdministratorIssuesAndRevokesATokenFromThePage(Browser browser) {
        String label = "Intégration CRM " + System.nanoTime();
        browser.open("/admin/tokens.xhtml");
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.waitForText(By.id("tokensTitle"), "Jetons d'API");

        // Through the menu's own widget: clicking an item while its panel still slides open is lost.
        browser.find(By.id("tokens:owner"));
        ((JavascriptExecutor) browser.driver()).executeScript("PF('tokenOwner').selectValue('julien')");
        assertEquals("Julien Bernard (julien)", browser.find(By.id("tokens:owner_label")).getText());
        browser.find(By.id("tokens:label")).sendKeys(label);
        browser.find(By.id("tokens:issue")).click();

        String token = browser.find(By.id("tokens:issuedToken")).getText();
        assertTrue(token.startsWith("rls_"), token);
        var me = (JsonObject) json(RelaisClient.bearer(token).get("/api/me"));
        assertEquals("julien", me.getString("username"));

        By row = By.xpath("//tr[td[contains(., '" + label + "')]]");
        WebElement revoke = browser.find(row).findElement(By.tagName("button"));
        revoke.click();
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitUntilHidden(By.cssSelector(".ui-confirm-dialog"));
        browser.waitForText(row, "Révoqué");
        assertEquals(401, RelaisClient.bearer(token).get("/api/me").statusCode());
    }
}
