package dk.sambo.portal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;

/**
 * axe-core from its webjar ({@code org.webjars.npm:axe-core}, test scope), injected into a Playwright page through
 * the DevTools protocol (not a script tag, so the portal's Content-Security-Policy stays as it is), run with the
 * WCAG 2.1 A and AA rules.
 */
public final class Axe {

    private static final String RESOURCE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String SOURCE = load();

    private static final String RUN = """
            () => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                                     resultTypes: ['violations']})
              .then(r => r.violations.map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + '): '
                  + v.nodes.slice(0, 3).map(n => JSON.stringify(n.target) + ' ' + (n.failureSummary || '')
                      .replace(/\\s+/g, ' ').slice(0, 160)).join(' | ')))""";

    /** How far the page (or the app layout's scrolling content area) is wider than the window, in px. */
    public static final String SIDEWAYS = """
            () => {
              const doc = document.scrollingElement;
              let over = doc.scrollWidth - window.innerWidth;
              const layout = document.querySelector('vaadin-app-layout');
              const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
              if (content) over = Math.max(over, content.scrollWidth - content.clientWidth);
              return Math.max(0, over);
            }""";

    private Axe() {
    }

    private static String load() {
        try (var in = Axe.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core webjar missing: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations on the page as it is now, one line per rule with up to three of its elements. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate("() => { " + SOURCE + "\n}");
            page.evaluate("() => { if (typeof axe === 'object') window.axe = axe; }");
        }
        var found = page.evaluate(RUN);
        return found instanceof List<?> list ? new ArrayList<>((List<String>) list) : List.of("axe returned " + found);
    }

}
