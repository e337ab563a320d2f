package io.relais.responses.control;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How the library's words are indexed and searched: French elisions removed (l’, d’, qu’…),
 * lower case, light French stemming (colis/colis, remboursé/remboursement), then accents folded,
 * so "remboursement", "rembourse" and "REMBOURSÉ" meet.
 */
public class FrenchAnalysis implements LuceneAnalysisConfigurer {

    public static final String FRENCH = "french";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(FRENCH).custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(ElisionFilterFactory.class).param("ignoreCase", "true")
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(FrenchLightStemFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }
}
