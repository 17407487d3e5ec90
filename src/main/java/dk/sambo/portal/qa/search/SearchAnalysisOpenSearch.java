package dk.sambo.portal.qa.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * The Danish analysis of {@link SearchAnalysis} for the OpenSearch backend, filter for filter: a mapping char
 * filter with the aa/ae/oe mappings of {@link DanishAnalysis#TRANSLITERATION} (read from the same file), the standard
 * tokenizer, lower case (so "Æ" is "æ" and nothing more: æ, ø and å stay letters of their own), the snowball
 * Danish stop words (OpenSearch's {@code _danish_} list is Lucene's danish_stop.txt) and the snowball Danish
 * stemmer. Same analyser name, so the mapping on {@link Question} serves both backends.
 */
@Component(SearchAnalysisOpenSearch.BEAN)
class SearchAnalysisOpenSearch implements ElasticsearchAnalysisConfigurer {

    static final String BEAN = "qaDanishOpenSearchAnalysis";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(SearchAnalysis.DANISH).custom()
                .tokenizer("standard")
                .charFilters("danish_transliteration")
                .tokenFilters("lowercase", "danish_stop", "danish_snowball");
        context.charFilter("danish_transliteration").type("mapping")
                .param("mappings", DanishAnalysis.openSearchMappings());
        context.tokenFilter("danish_stop").type("stop").param("stopwords", "_danish_");
        context.tokenFilter("danish_snowball").type("snowball").param("language", "Danish");
    }
}
