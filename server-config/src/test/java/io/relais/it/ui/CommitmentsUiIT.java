package io.relais.it.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static io.relais.it.support.RelaisClient.ADMIN;
import static io.relais.it.support.RelaisClient.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An admin reads the service commitments and is told, in French, which rule a new one clashes with. */
@ExtendWith(Browser.class)
class CommitmentsUiIT {

    @Test
    void an_admin_sees_the_commitments_and_why_an_overlapping_one_is_refused(Browser browser) {
        browser.open("/admin/commitments.xhtml");
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        browser.waitForText(By.id("commitmentsTitle"), "Engagements de service");
        String rules = browser.find(By.id("commitments:rules")).getText();
        assertTrue(rules.contains("Nous répondons à vos e-mails en moins de 48 heures."), rules);
        assertTrue(rules.contains("2 j") && rules.contains("1 min") && rules.contains("15 j") && rules.contains("4 h"), rules);
        assertTrue(browser.find(By.id("commitments:calendars")).getText().contains("Fériés français"));

        browser.find(By.id("commitments:name")).sendKeys("Lettres recommandées");
        browser.choose("commitments:channel", "Courrier");
        browser.find(By.id("commitments:firstResponse_input")).sendKeys("10");
        browser.choose("commitments:firstResponseUnit", "jours");
        browser.find(By.id("commitments:create")).click();
        // The reason in French, to the end: the API says it in English.
        browser.waitForText(By.id("commitments:commitmentMessages"), "Refusé : en conflit avec « Courrier » : "
                + "« Courrier » et « Lettres recommandées » couvrent exactement les mêmes conversations");
    }
}
