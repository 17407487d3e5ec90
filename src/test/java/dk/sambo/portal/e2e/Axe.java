package dk.sambo.portal.e2e;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * axe-core (Deque's {@code com.deque.html.axe-core:playwright}, axe-core 4.11) on a Playwright page with the WCAG
 * 2.1 A and AA rules. It injects axe through Playwright's evaluate (the DevTools protocol, not a script tag), so
 * the portal's Content-Security-Policy stays as it is.
 */
public final class Axe {

    /** The rule tags checked: WCAG 2.0 and 2.1, levels A and AA (what Danish public-sector sites must meet). */
    public static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

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

    /** The violations on the page as it is now, one line per rule with up to three of its elements. */
    public static List<String> violations(Page page) {
        var results = new AxeBuilder(page).withTags(WCAG21_AA).analyze();
        if (results.isErrored()) {
            return List.of("axe failed: " + results.getErrorMessage());
        }
        return results.getViolations().stream().map(Axe::describe).toList();
    }

    private static String describe(Rule rule) {
        var nodes = rule.getNodes();
        var where = nodes.stream().limit(3).map(Axe::describe).toList();
        return rule.getId() + " (" + rule.getImpact() + ", " + nodes.size() + "): " + String.join(" | ", where);
    }

    private static String describe(CheckedNode node) {
        var summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replaceAll("\\s+", " ");
        return node.getTarget() + " " + summary.substring(0, Math.min(160, summary.length()));
    }
}
