package io.relais.responses.control;

import io.relais.responses.boundary.FactKind;
import io.relais.responses.boundary.VariantForm;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactConsistencyTest {

    private static final List<KeyFact> FACTS = List.of(
            new KeyFact("refund_delay", FactKind.DELAY, "14 jours"),
            new KeyFact("return_fee", FactKind.AMOUNT, "4,90\u00a0€"),
            new KeyFact("returns_page", FactKind.URL, "https://www.relais-demo.fr/retours"),
            new KeyFact("hotline", FactKind.PHONE, "09 70 80 90 00"),
            new KeyFact("steps", FactKind.STEPS, "Connectez-vous à votre espace client\nCliquez sur « Retourner un article »"));

    private static final String COMPLETE = "Le retour coûte 4.90 euros, remboursé sous 2 semaines : "
            + "https://www.relais-demo.fr/retours/ ou au +33 9 70 80 90 00.";

    @Test
    void equivalentWritingsOfTheSameFactsAgree() {
        assertEquals(List.of(), FactConsistency.check(FACTS, COMPLETE, VariantForm.CHAT, "body"),
                "4.90 euros = 4,90 €, 2 semaines = 14 jours, a trailing slash and +33 change nothing; steps not needed in chat");
    }

    @Test
    void aMissingFactIsNamed() {
        var findings = FactConsistency.check(FACTS, "Remboursé sous 14 jours : https://www.relais-demo.fr/retours, 09 70 80 90 00.",
                VariantForm.SMS, "body");
        assertEquals(1, findings.size());
        assertEquals(Finding.Code.FACT_MISSING, findings.get(0).code());
        assertEquals("return_fee", findings.get(0).arguments().get(0));
    }

    @Test
    void stepsAreRequiredWhereThereIsRoomForThem() {
        var findings = FactConsistency.check(FACTS, COMPLETE, VariantForm.EMAIL, "body");
        assertEquals(List.of(Finding.Code.FACT_MISSING), findings.stream().map(Finding::code).toList());
        assertEquals("steps", findings.get(0).arguments().get(0));
        String withSteps = COMPLETE + "\nConnectez-vous à votre espace client.\nCliquez sur « Retourner un article ».";
        assertEquals(List.of(), FactConsistency.check(FACTS, withSteps, VariantForm.EMAIL, "body"));
    }

    @Test
    void seededContradictionsAreEachReported() {
        String contradicting = COMPLETE + " Le remboursement arrive sous 30 jours, frais 5 €, voir https://www.relais-demo.fr/aide"
                + " ou appelez le 01 23 45 67 89.";
        var findings = FactConsistency.check(FACTS, contradicting, VariantForm.CHAT, "body");
        assertEquals(4, findings.size(), findings.toString());
        assertTrue(findings.stream().allMatch(f -> f.code() == Finding.Code.FACT_CONTRADICTED));
        var written = findings.stream().map(f -> f.arguments().get(0)).toList();
        assertTrue(written.containsAll(List.of("30 jours", "5 €", "https://www.relais-demo.fr/aide", "01 23 45 67 89")), written.toString());
    }

    @Test
    void aValueOfAKindTheAnswerDoesNotStateIsNotAFact() {
        var findings = FactConsistency.check(List.of(new KeyFact("fee", FactKind.AMOUNT, "9,99 €")),
                "9,99 € par mois, résiliable sous 3 jours ouvrés.", VariantForm.CHAT, "body");
        assertEquals(List.of(Finding.Code.FACT_NOT_IN_ANSWER), findings.stream().map(Finding::code).toList());
        assertEquals("3 jours ouvrés", findings.get(0).arguments().get(0));
    }

    @Test
    void workingDaysAreNotCalendarDays() {
        var findings = FactConsistency.check(List.of(new KeyFact("delay", FactKind.DELAY, "5 jours ouvrés")),
                "Sous 5 jours.", VariantForm.CHAT, "body");
        assertEquals(List.of(Finding.Code.FACT_MISSING, Finding.Code.FACT_CONTRADICTED), findings.stream().map(Finding::code).toList());
    }

    @Test
    void datesInEitherWriting() {
        var facts = List.of(new KeyFact("end", FactKind.DATE, "31/12/2026"));
        assertEquals(List.of(), FactConsistency.check(facts, "Jusqu’au 2026-12-31.", VariantForm.CHAT, "body"));
        assertEquals(Finding.Code.FACT_CONTRADICTED,
                FactConsistency.check(facts, "Jusqu’au 31/12/2026, puis le 01/01/2027.", VariantForm.CHAT, "body").get(0).code());
    }
}
