package io.relais.responses.control;

import io.relais.responses.boundary.VariantForm;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StarterLibraryTest {

    private final StarterLibrary.Contents library = StarterLibrary.read();

    private List<StarterLibrary.StarterMotif> all() {
        List<StarterLibrary.StarterMotif> all = new ArrayList<>();
        collect(library.motifs(), all);
        return all;
    }

    private static void collect(List<StarterLibrary.StarterMotif> motifs, List<StarterLibrary.StarterMotif> into) {
        motifs.forEach(m -> {
            into.add(m);
            collect(m.children(), into);
        });
    }

    @Test
    void aboutTwentyFiveMotifsEachLeafWithAnAnswerForEveryForm() {
        assertTrue(library.motifCount() >= 20 && library.motifCount() <= 35, "motifs: " + library.motifCount());
        for (var motif : all()) {
            if (motif.children().isEmpty()) {
                assertEquals(1, motif.answers().size(), motif.code());
                assertEquals(EnumSet.allOf(VariantForm.class), motif.answers().get(0).variants().keySet(), motif.code());
            }
        }
        Set<String> codes = new HashSet<>();
        all().forEach(m -> assertTrue(codes.add(m.code()), "unique code " + m.code()));
    }

    @Test
    void everyVariantPassesItsOwnChecks() {
        StyleRules rules = library.brand().rules();
        List<String> problems = new ArrayList<>();
        for (var motif : all()) {
            for (var answer : motif.answers()) {
                VariantCheck.checkFacts(answer.facts()).forEach(f -> problems.add(motif.code() + " facts: " + f.message(Locale.FRENCH)));
                for (var variant : answer.variants().values()) {
                    var report = VariantCheck.authoring(variant, answer.facts(), rules);
                    report.findings().stream().filter(Finding::blocksApproval).forEach(f ->
                            problems.add(motif.code() + " " + variant.form() + "." + f.field() + ": " + f.message(Locale.FRENCH)));
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
