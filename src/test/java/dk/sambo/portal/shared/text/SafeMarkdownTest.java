package dk.sambo.portal.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Markdown in answers, comments and guidance (issue 14): what people use renders (bold, lists, quotes, links,
 * written-out addresses), and nothing that could run or load something survives, whatever the Markdown or HTML
 * trick. Every payload's output is checked as a whole: only the allowed tags, only the allowed attributes, links
 * only to http, https and mailto, each with rel="noopener noreferrer nofollow".
 */
class SafeMarkdownTest {

    /** Markdown- and HTML-specific attacks, and the general XSS corpus the browser test also posts. */
    static final List<String> PAYLOADS = XssCorpus.PAYLOADS;

    private static final Set<String> ATTRIBUTES = Set.of("href", "rel", "target", "start");
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    @ParameterizedTest
    @FieldSource("PAYLOADS")
    void nothing_that_runs_or_loads_survives(String payload) {
        var html = SafeMarkdown.toHtml(payload);
        assertSafe(payload, html);
        // Also when the payload is one part of a longer text with formatting around it.
        assertSafe(payload, SafeMarkdown.toHtml("**Vigtigt:**\n\n- " + payload + "\n\n> " + payload));
    }

    @Test
    void the_payloads_cover_at_least_fifty_tricks() {
        assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(50).doesNotHaveDuplicates();
    }

    @Test
    void a_script_tag_is_shown_as_text_not_dropped_silently() {
        var html = SafeMarkdown.toHtml("Skriv ikke <script> i svaret");
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
        assertThat(Jsoup.parse(html).text()).isEqualTo("Skriv ikke <script> i svaret");
    }

    @Test
    void a_javascript_link_keeps_its_text_but_loses_its_target() {
        var link = Jsoup.parse(SafeMarkdown.toHtml("Se [her](javascript:alert(1)) og [der](JaVaScRiPt:alert(1))"));
        assertThat(link.text()).isEqualTo("Se her og der");
        assertThat(link.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).isEmpty());
    }

    @Test
    void bold_italics_lists_quotes_and_code_render() {
        var html = SafeMarkdown.toHtml("""
                **Husk** at sende *genoptræningsplanen*:

                - til kommunen
                - til egen læge

                1. først
                2. så

                > Aftalt i klyngen

                Brug `FMK`.""");
        var doc = Jsoup.parse(html);
        assertThat(doc.select("strong").text()).isEqualTo("Husk");
        assertThat(doc.select("em").text()).isEqualTo("genoptræningsplanen");
        assertThat(doc.select("ul > li").eachText()).containsExactly("til kommunen", "til egen læge");
        assertThat(doc.select("ol > li").eachText()).containsExactly("først", "så");
        assertThat(doc.select("blockquote").text()).isEqualTo("Aftalt i klyngen");
        assertThat(doc.select("code").text()).isEqualTo("FMK");
    }

    @Test
    void links_and_written_out_addresses_become_safe_links() {
        var doc = Jsoup.parse(SafeMarkdown.toHtml("Se [aftalen](https://sambo.example/aftale), "
                + "https://www.sst.dk/da/udgivelser?id=1&side=2, www.sundhed.dk og skriv til kontakt@sambo.example"));
        var links = doc.select("a");
        assertThat(links.eachAttr("href")).containsExactly("https://sambo.example/aftale",
                "https://www.sst.dk/da/udgivelser?id=1&side=2", "http://www.sundhed.dk",
                "mailto:kontakt@sambo.example");
        assertThat(links.eachText()).contains("aftalen", "www.sundhed.dk");
        assertThat(links).allSatisfy(a -> {
            assertThat(a.attr("rel")).isEqualTo("noopener noreferrer nofollow");
            assertThat(a.attr("target")).isEqualTo("_blank");
        });
    }

    @Test
    void line_breaks_stay_as_typed_and_headings_and_images_become_text() {
        var doc = Jsoup.parse(SafeMarkdown.toHtml("Første linje\nanden linje\n\n# Overskrift\n\n![et billede](https://example.org/x.png)"));
        assertThat(doc.select("p").first().select("br")).hasSize(1);
        assertThat(doc.select("h1, img")).isEmpty();
        assertThat(doc.select("p > strong").text()).isEqualTo("Overskrift");
        assertThat(doc.text()).contains("et billede");
    }

    @Test
    void an_empty_text_renders_nothing() {
        assertThat(SafeMarkdown.toHtml("")).isEmpty();
        assertThat(SafeMarkdown.toHtml(null)).isEmpty();
    }

    private static void assertSafe(String payload, String html) {
        var doc = Jsoup.parseBodyFragment(html);
        for (Element e : doc.body().getAllElements()) {
            if (e == doc.body()) {
                continue;
            }
            assertThat(SafeMarkdown.TAGS).as("tag <%s> from %s in %s", e.tagName(), payload, html)
                    .contains(e.tagName());
            for (var attribute : e.attributes()) {
                assertThat(ATTRIBUTES).as("attribute %s from %s in %s", attribute.getKey(), payload, html)
                        .contains(attribute.getKey());
            }
            if (e.hasAttr("href")) {
                var href = e.attr("href");
                if (!href.isEmpty()) {
                    var scheme = URI.create(href.replace(" ", "%20").replace("\"", "%22").replace("<", "%3C")
                            .replace(">", "%3E")).getScheme();
                    assertThat(scheme).as("scheme of %s from %s", href, payload).isNotNull();
                    assertThat(SCHEMES).as("scheme of %s from %s", href, payload)
                            .contains(scheme.toLowerCase(Locale.ROOT));
                }
                assertThat(e.attr("rel")).isEqualTo("noopener noreferrer nofollow");
            }
        }
        // As markup, not as text (escaped text shows "&lt;script", never "<script").
        assertThat(html.toLowerCase(Locale.ROOT)).as("from %s", payload)
                .doesNotContain("<script", "<img", "<svg", "<iframe", "<style", "<object", "<embed", "<form",
                        "<input");
    }
}
