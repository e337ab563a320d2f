package io.relais.responses.control;

import io.relais.responses.boundary.AddressForm;
import io.relais.responses.boundary.OneClickFix;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StyleGuideTest {

    private static final StyleRules RULES = new StyleRules(AddressForm.VOUS, List.of(
            new StyleRules.LexiconRule("problème", "difficulté"),
            new StyleRules.LexiconRule("malheureusement", "")), 2, 300);

    private static List<Finding.Code> codes(String text, boolean typography) {
        return StyleGuide.check(text, "body", RULES, typography).stream().map(Finding::code).toList();
    }

    @Test
    void forbiddenWordsAreFoundWithTheirPluralAndReplacedInOneClick() {
        String text = "Malheureusement, vos problèmes de livraison persistent. Ce problème est connu.";
        assertEquals(List.of(Finding.Code.LEXICON, Finding.Code.LEXICON, Finding.Code.LEXICON_REMOVE), codes(text, false));
        assertEquals(", vos difficultés de livraison persistent. Ce difficulté est connu.",
                StyleGuide.fix(OneClickFix.LEXICON, text, RULES));
    }

    @Test
    void wordsInsideOtherWordsAreNotForbidden() {
        assertEquals(List.of(), codes("Les problématiques sont traitées.", false));
    }

    @Test
    void tutoiementIsFoundAndTurnedIntoVouvoiement() {
        String text = "Tu peux suivre ton colis et tes retours ; je te rappelle si tu trouves t’inquiètes.";
        var found = codes(text, false);
        assertEquals(6, found.stream().filter(c -> c == Finding.Code.TONE_TU).count(), found.toString());
        assertEquals("Vous pouvez suivre votre colis et vos retours ; je vous rappelle si vous trouvez vous inquiètes.",
                StyleGuide.fix(OneClickFix.TONE, text, RULES));
    }

    @Test
    void typographyWantsNoBreakSpacesAndFrenchQuotes() {
        String text = "Bonjour ! Votre colis : voir \"Mes commandes\"; merci? https://www.relais-demo.fr/suivi à 10:30.";
        var found = codes(text, true);
        assertEquals(4, found.stream().filter(c -> c == Finding.Code.TYPOGRAPHY_SPACE).count(), found.toString());
        assertTrue(found.contains(Finding.Code.TYPOGRAPHY_QUOTES));
        String fixed = StyleGuide.fix(OneClickFix.TYPOGRAPHY, text, RULES);
        assertEquals("Bonjour\u202f! Votre colis\u00a0: voir «\u00a0Mes commandes\u00a0»\u202f; merci\u202f? https://www.relais-demo.fr/suivi à 10:30.", fixed);
        assertEquals(List.of(), codes(fixed, true), "a fixed text passes");
    }

    @Test
    void placeholdersAndAddressesAreLeftAlone() {
        assertEquals(List.of(), codes("Bonjour {{customer.firstName}}\u202f! https://www.relais-demo.fr/a?b=c", true));
    }

    @Test
    void gsmFixKeepsGsmAccentsAndDropsTheOthers() {
        String fixed = StyleGuide.fix(OneClickFix.GSM_CHARACTERS, "Reçu\u00a0: votre être « cher » – déjà là’", RULES);
        assertEquals("Recu : votre etre \"cher\" - déjà là'", fixed);
        assertEquals(SmsSegments.Encoding.GSM_7, SmsSegments.count(fixed).encoding());
    }
}
