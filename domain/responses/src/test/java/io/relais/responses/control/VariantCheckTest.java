package io.relais.responses.control;

import io.relais.responses.boundary.FactKind;
import io.relais.responses.boundary.VariantForm;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VariantCheckTest {

    private static final List<KeyFact> FACTS = List.of(new KeyFact("refund_delay", FactKind.DELAY, "14 jours"));
    private static final StyleRules RULES = StyleRules.defaults();

    private static List<Finding.Code> codes(VariantCheck.Report report) {
        return report.findings().stream().map(Finding::code).toList();
    }

    @Test
    void anSmsOverItsSegmentsIsRefusedWithTheExactReason() {
        String body = "Bonjour {{customer.firstName}}, remboursement sous {{facts.refund_delay}}. " + "Merci ".repeat(45);
        var report = VariantCheck.authoring(VariantText.body(VariantForm.SMS, body), FACTS, RULES);
        assertTrue(report.refused());
        assertEquals(Finding.Code.SMS_TOO_LONG, report.refusals().get(0).code());
        assertEquals(3, report.sms().segments());
        assertTrue(report.describe(Locale.FRENCH).contains("3 segments (GSM 7 bits, " + report.sms().length() + " caractères) pour 2 au plus"),
                report.describe(Locale.FRENCH));
    }

    @Test
    void placeholdersAreCountedAtARealisticLength() {
        var report = VariantCheck.authoring(VariantText.body(VariantForm.SMS,
                "{{customer.firstName}} : remboursement sous {{facts.refund_delay}}."), FACTS, RULES);
        assertEquals("Jean-Baptiste : remboursement sous 14 jours.".length(), report.sms().length());
        assertFalse(report.blocksApproval(), report.findings().toString());
    }

    @Test
    void anUnknownPlaceholderIsRefusedAndTheKnownOnesListed() {
        var report = VariantCheck.authoring(VariantText.body(VariantForm.CHAT, "Bonjour {{customer.prenom}}, sous {{facts.refund_delay}}."), FACTS, RULES);
        assertEquals(List.of(Finding.Code.UNKNOWN_PLACEHOLDER), codes(report));
        String message = report.describe(Locale.FRENCH);
        assertTrue(message.contains("{{customer.prenom}}") && message.contains("facts.refund_delay"), message);
    }

    @Test
    void aPublicReplyShowsNoPersonalDataAndCountsLinksAsTwentyThree() {
        var report = VariantCheck.authoring(VariantText.body(VariantForm.SOCIAL_PUBLIC,
                "Bonjour, votre dossier {{conversation.reference}} est remboursé sous {{facts.refund_delay}}. https://www.relais-demo.fr/une-tres-longue-adresse-qui-ne-compte-que-vingt-trois"), FACTS, RULES);
        assertEquals(List.of(Finding.Code.PUBLIC_PERSONAL_DATA, Finding.Code.FACT_NOT_IN_ANSWER), codes(report),
                "the link is no fact of this answer either");
        assertEquals(report.renderedMessage().indexOf("https") + 23, report.postLength());
    }

    @Test
    void anEmailNeedsGreetingAndClosingAndALetterAFormalClosing() {
        var email = new VariantText(VariantForm.EMAIL, "Votre remboursement", "", "Remboursé sous {{facts.refund_delay}}.",
                null, "Nadia", null, List.of());
        assertEquals(List.of(Finding.Code.EMAIL_NO_GREETING, Finding.Code.EMAIL_NO_CLOSING), codes(VariantCheck.authoring(email, FACTS, RULES)));
        var letter = new VariantText(VariantForm.LETTER, null, "Madame, Monsieur,", "Remboursé sous {{facts.refund_delay}}.",
                "Cordialement.", "Le service clients", null, List.of());
        assertEquals(List.of(Finding.Code.LETTER_NO_FORMAL_CLOSING), codes(VariantCheck.authoring(letter, FACTS, RULES)));
        var formal = new VariantText(VariantForm.LETTER, null, "Madame, Monsieur,", "Remboursé sous {{facts.refund_delay}}.",
                "Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.", "Le service clients", null, List.of());
        assertEquals(List.of(), codes(VariantCheck.authoring(formal, FACTS, RULES)));
    }

    @Test
    void aChatLineIsShort() {
        var report = VariantCheck.authoring(VariantText.body(VariantForm.CHAT,
                "Sous {{facts.refund_delay}}. C’est noté. Merci. Bonne journée"), FACTS, RULES);
        assertEquals(List.of(Finding.Code.CHAT_TOO_MANY_SENTENCES), codes(report));
    }

    @Test
    void whatsAppTemplateParametersFollowTheText() {
        var ok = new VariantText(VariantForm.WHATSAPP, null, null, "Bonjour {{customer.firstName}}, remboursé sous {{facts.refund_delay}}.",
                null, null, "remboursement_delai", List.of("customer.firstName", "facts.refund_delay"));
        assertEquals(List.of(), codes(VariantCheck.authoring(ok, FACTS, RULES)));
        var wrong = new VariantText(VariantForm.WHATSAPP, null, null, ok.body(), null, null, "Remboursement Délai", List.of("customer.firstName"));
        assertEquals(List.of(Finding.Code.WHATSAPP_TEMPLATE_NAME, Finding.Code.WHATSAPP_PARAMETERS), codes(VariantCheck.authoring(wrong, FACTS, RULES)));
    }

    @Test
    void sendingUsesTheConversationsValuesAndReportsAMissingOne() {
        var text = VariantText.body(VariantForm.CHAT, "{{customer.firstName}}, remboursé sous {{facts.refund_delay}}.");
        var sent = VariantCheck.sending(text, FACTS, RULES, Map.of("customer.firstName", "Léa"));
        assertEquals("Léa, remboursé sous 14 jours.", sent.renderedMessage());
        var missing = VariantCheck.sending(text, FACTS, RULES, Map.of());
        assertEquals(List.of(Finding.Code.MISSING_VALUE), codes(missing));
        assertTrue(missing.refused());
    }

    @Test
    void malformedFactsAreRefused() {
        var findings = VariantCheck.checkFacts(List.of(new KeyFact("Délai", FactKind.DELAY, "14 jours"),
                new KeyFact("fee", FactKind.AMOUNT, "beaucoup")));
        assertEquals(List.of(Finding.Code.FACT_NAME, Finding.Code.FACT_MALFORMED), findings.stream().map(Finding::code).toList());
        assertTrue(findings.get(1).message(Locale.FRENCH).contains("un montant"), findings.get(1).message(Locale.FRENCH));
    }
}
