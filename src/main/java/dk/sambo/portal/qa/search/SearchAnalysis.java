package dk.sambo.portal.qa.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * Danish text analysis for the question index, referenced from the properties as
 * {@code hibernate.search.backend.analysis.configurer=bean:qaDanishAnalysis}. Snowball's Danish stemmer makes
 * "udskrivningen" find "udskrivning" and "plejeforløbsplanen" find "plejeforløbsplan"; there is no ASCII
 * folding, so æ, ø and å stay letters of their own, but aa, ae and oe are read as å, æ and ø (issue 14), at index
 * and at query time. The chain is {@link DanishAnalysis}, given to Hibernate Search as the analyser itself, so the
 * query side splits and stems a search exactly as the index did.
 */
@Component(SearchAnalysis.BEAN)
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    public static final String BEAN = "qaDanishAnalysis";
    public static final String DANISH = "danish";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(DANISH).instance(DanishAnalysis.analyzer());
    }
}
