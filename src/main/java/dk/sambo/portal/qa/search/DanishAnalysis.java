package dk.sambo.portal.qa.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The one definition of the Danish analysis of the question index: aa/ae/oe read as å/æ/ø
 * ({@value #TRANSLITERATION}), the standard tokenizer, lower case, the snowball Danish stop words and the snowball
 * Danish stemmer. The Lucene backend indexes with {@link #analyzer()} itself ({@link SearchAnalysis}); the
 * OpenSearch backend gets the same chain filter for filter, with the mappings read from the same file
 * ({@link SearchAnalysisOpenSearch}); and the query side uses it to split a search into words, skip stop words and
 * compare a search with the synonym list in the index's own terms.
 */
final class DanishAnalysis {

    static final String TRANSLITERATION = "qa/search/transliteration.txt";
    static final String STOP_WORDS = "org/apache/lucene/analysis/snowball/danish_stop.txt";

    private static final Analyzer ANALYZER = build();
    private static final List<String[]> MAPPINGS = readMappings();

    private DanishAnalysis() {
    }

    /** A word of a search as the index sees it: its stem and where it stands in the text. */
    record Token(String term, int start, int end) {
    }

    static Analyzer analyzer() {
        return ANALYZER;
    }

    /** The words of a text as the index holds them, stop words left out. */
    static List<Token> tokens(String text) {
        var tokens = new ArrayList<Token>();
        try (var stream = ANALYZER.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The terms of a text as the index holds them. */
    static List<String> terms(String text) {
        return tokens(text).stream().map(Token::term).toList();
    }

    /**
     * Lower case with aa, ae and oe read as å, æ and ø, without stemming: for prefix queries, which are not
     * analysed.
     */
    static String transliterated(String word) {
        var result = word;
        for (var mapping : MAPPINGS) {
            result = result.replace(mapping[0], mapping[1]);
        }
        return result.toLowerCase(Locale.ROOT);
    }

    /** The mappings in OpenSearch's syntax of the mapping char filter: {@code aa => å}. */
    static String[] openSearchMappings() {
        return MAPPINGS.stream().map(m -> m[0] + " => " + m[1]).toArray(String[]::new);
    }

    private static Analyzer build() {
        try {
            return CustomAnalyzer.builder(new ClasspathResourceLoader(DanishAnalysis.class.getClassLoader()))
                    .addCharFilter("mapping", "mapping", TRANSLITERATION)
                    .withTokenizer("standard")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("stop", "words", STOP_WORDS, "format", "snowball")
                    .addTokenFilter("snowballPorter", "language", "Danish")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines {@code "aa" => "å"} of the mapping file. */
    private static List<String[]> readMappings() {
        var mappings = new ArrayList<String[]>();
        var in = Objects.requireNonNull(DanishAnalysis.class.getClassLoader().getResourceAsStream(TRANSLITERATION),
                TRANSLITERATION);
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                var parts = line.strip().split("\\s*=>\\s*");
                if (line.startsWith("#") || parts.length != 2) {
                    continue;
                }
                mappings.add(new String[] {unquote(parts[0]), unquote(parts[1])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(mappings);
    }

    private static String unquote(String s) {
        return s.substring(1, s.length() - 1);
    }
}
