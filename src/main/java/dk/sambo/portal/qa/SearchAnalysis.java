package dk.sambo.portal.qa;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * Danish text analysis for the question index, referenced from the properties as
 * {@code hibernate.search.backend.analysis.configurer=bean:qaDanishAnalysis}. Snowball's Danish stemmer makes
 * "udskrivningen" find "udskrivning" and "plejeforløbsplanen" find "plejeforløbsplan"; there is no ASCII
 * folding, so æ, ø and å stay letters of their own. The prefix analyser lets the ask form find similar
 * questions from half-typed words.
 */
@Component(SearchAnalysis.BEAN)
class SearchAnalysis implements LuceneAnalysisConfigurer {

    static final String BEAN = "qaDanishAnalysis";
    static final String DANISH = "danish";
    static final String DANISH_PREFIX = "danish_prefix";
    static final String DANISH_PREFIX_QUERY = "danish_prefix_query";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(DANISH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                        .param("words", "org/apache/lucene/analysis/snowball/danish_stop.txt")
                        .param("format", "snowball")
                .tokenFilter("snowballPorter")
                        .param("language", "Danish");
        context.analyzer(DANISH_PREFIX).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("edgeNGram")
                        .param("minGramSize", "3")
                        .param("maxGramSize", "20");
        context.analyzer(DANISH_PREFIX_QUERY).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase");
    }
}
