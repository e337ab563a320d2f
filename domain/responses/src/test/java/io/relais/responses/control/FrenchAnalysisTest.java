package io.relais.responses.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrenchAnalysisTest {

    private final Analyzer analyzer = new FrenchAnalysis.FoldedFrench();

    private List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void caseAccentsAndPluralsMeet() throws IOException {
        assertEquals(terms("remboursé"), terms("REMBOURSÉ"));
        assertEquals(terms("remboursé"), terms("rembourse"));
        assertEquals(terms("colis"), terms("Les colis"));
        assertEquals(terms("commande"), terms("commandes"));
    }

    @Test
    void elisionsAndStopWordsAreDropped() throws IOException {
        assertEquals(terms("adresse"), terms("l’adresse"));
        assertEquals(terms("adresse"), terms("l'adresse"));
        List<String> message = terms("je ne sais pas où est mon colis");
        assertTrue(message.stream().noneMatch(List.of("je", "ne", "pas", "mon")::contains), message.toString());
        assertTrue(message.containsAll(terms("colis")), message.toString());
        assertEquals(List.of(), terms("le de la mon"));
    }
}
