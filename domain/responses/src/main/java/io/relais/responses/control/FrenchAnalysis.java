package io.relais.responses.control;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How the library's words are indexed and searched: French elisions removed (l’, d’, qu’…),
 * lower case, French stop words dropped (a customer's "le", "de", "mon" would otherwise match every
 * answer and cost a scoring of each), light French stemming, then accents folded, so that
 * "remboursé", "rembourse" and "REMBOURSÉ" meet.
 */
public class FrenchAnalysis implements LuceneAnalysisConfigurer {

    public static final String FRENCH = "french";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(FRENCH).instance(new FoldedFrench());
    }

    /** Lucene's French analysis with accents folded after stemming. */
    public static final class FoldedFrench extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            result = new LowerCaseFilter(result);
            result = new StopFilter(result, FrenchAnalyzer.getDefaultStopSet());
            result = new FrenchLightStemFilter(result);
            result = new ASCIIFoldingFilter(result);
            return new TokenStreamComponents(source, result);
        }
    }
}
