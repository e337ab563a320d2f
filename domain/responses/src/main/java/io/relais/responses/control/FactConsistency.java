package io.relais.responses.control;

import io.relais.responses.boundary.FactKind;
import io.relais.responses.boundary.VariantForm;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Says whether a text carries the facts of its answer and contradicts none. The text is read
 * once the facts' placeholders are filled, so "{{facts.refund_delay}}" and "14 jours" are the same.
 * A procedure (STEPS) is only required where there is room for it: email, letter, phone script.
 */
public final class FactConsistency {

    private static final Set<FactKind> COMPARABLE = EnumSet.of(FactKind.AMOUNT, FactKind.DELAY, FactKind.DATE,
            FactKind.URL, FactKind.PHONE);

    private FactConsistency() {
    }

    /** Missing facts (for a variant of the given form) and contradicted ones. */
    public static List<Finding> check(List<KeyFact> facts, String text, VariantForm form, String field) {
        List<Finding> findings = new ArrayList<>();
        String normalisedText = FactValues.normaliseText(text);
        for (KeyFact fact : facts) {
            if (fact.kind() == FactKind.STEPS && !form.carriesSteps()) {
                continue;
            }
            if (!present(fact, text, normalisedText)) {
                findings.add(Finding.of(Finding.Code.FACT_MISSING, Finding.Severity.BLOCKS_APPROVAL, field,
                        fact.name(), fact.value().replace('\n', ' ')));
            }
        }
        findings.addAll(contradictions(facts, text, field));
        return findings;
    }

    /** Values in the text of a kind the answer states, that are none of the answer's values. */
    public static List<Finding> contradictions(List<KeyFact> facts, String text, String field) {
        List<Finding> findings = new ArrayList<>();
        for (FactKind kind : COMPARABLE) {
            Set<String> stated = facts.stream().filter(f -> f.kind() == kind)
                    .map(FactValues::comparable).collect(Collectors.toSet());
            String said = facts.stream().filter(f -> f.kind() == kind).map(KeyFact::value)
                    .collect(Collectors.joining(", "));
            for (FactValues.Found found : FactValues.find(kind, text)) {
                if (!stated.contains(found.comparable())) {
                    findings.add(said.isEmpty()
                            ? Finding.of(Finding.Code.FACT_NOT_IN_ANSWER, Finding.Severity.BLOCKS_APPROVAL, field, found.written())
                            : Finding.of(Finding.Code.FACT_CONTRADICTED, Finding.Severity.BLOCKS_APPROVAL, field, found.written(), said));
                }
            }
        }
        return findings;
    }

    private static boolean present(KeyFact fact, String text, String normalisedText) {
        return switch (fact.kind()) {
            case STEPS -> fact.value().lines().map(FactValues::normaliseText).filter(s -> !s.isEmpty())
                    .allMatch(normalisedText::contains);
            case TEXT -> normalisedText.contains(FactValues.normaliseText(fact.value()));
            default -> {
                String comparable = FactValues.comparable(fact);
                yield comparable != null && FactValues.find(fact.kind(), text).stream()
                        .anyMatch(found -> found.comparable().equals(comparable));
            }
        };
    }
}
