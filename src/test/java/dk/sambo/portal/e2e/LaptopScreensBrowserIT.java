package dk.sambo.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import dk.sambo.portal.organisation.PersonAccounts;

/**
 * The screens issue 14 saw cut or spilling at 1366 px, at 1366 and 390 px in Danish and English: "Godkendelser"
 * (approve and reject reachable without scrolling sideways), the administrator's people grid (no column or the
 * search placeholder cut), the culture-bearer register (no header truncated), the training log (its grid not a
 * fixed low box clipping rows) and the region's start page (the phases of "Planen i klyngen" inside their card).
 * On each: the page does not scroll sideways, nothing in the watched containers reaches past the container's
 * left or right edge, and no grid header (on the people grid and the training log: no cell) shows its text cut
 * with an ellipsis; no search field's placeholder is cut; no grid is a low box that scrolls its rows.
 * Screenshots: {@code target/screenshots/laptop-*.png}.
 */
class LaptopScreensBrowserIT extends BrowserTest {

    /**
     * Everything inside the containers the selector finds that lies (partly) left or right of its container, and
     * every grid cell whose text does not fit. {@code arg.cells}: check every cell, not only the headers.
     */
    private static final String SPILLS = """
            (arg) => {
              const bad = [];
              const name = (e) => (e.getAttribute('aria-label') || e.textContent || e.tagName).trim()
                  .replace(/\\s+/g, ' ').slice(0, 40);
              const containers = [...document.querySelectorAll(arg.containers)]
                  .filter(c => c.getBoundingClientRect().width > 0);
              if (containers.length === 0) bad.push('no ' + arg.containers + ' on the page');
              for (const c of containers) {
                const box = c.getBoundingClientRect();
                for (const e of c.querySelectorAll('*')) {
                  const r = e.getBoundingClientRect();
                  if (r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === 'hidden') continue;
                  if (r.left < box.left - 1 || r.right > box.right + 1) {
                    bad.push(name(e) + ' at x=' + Math.round(r.left) + '-' + Math.round(r.right)
                        + ' outside ' + c.tagName.toLowerCase() + ' ' + Math.round(box.left) + '-' + Math.round(box.right));
                  }
                }
              }
              for (const grid of document.querySelectorAll('vaadin-grid')) {
                const root = grid.shadowRoot;
                if (!root || grid.getBoundingClientRect().width === 0) continue;
                const sections = arg.cells ? '#header, #items' : '#header';
                for (const slot of root.querySelectorAll(sections.split(', ').map(s => s + ' slot').join(', '))) {
                  for (const content of slot.assignedElements()) {
                    const r = content.getBoundingClientRect();
                    if (r.width === 0 || !content.textContent.trim()) continue;
                    if (content.scrollWidth > content.clientWidth + 1) {
                      bad.push('cut: "' + name(content) + '" (' + content.scrollWidth + ' px in ' + content.clientWidth + ')');
                    }
                  }
                }
              }
              return bad;
            }""";

    /** Search fields whose placeholder is wider than the room for it. */
    private static final String CUT_PLACEHOLDERS = """
            () => {
              const ctx = document.createElement('canvas').getContext('2d');
              const bad = [];
              for (const field of document.querySelectorAll('vaadin-text-field')) {
                const input = field.querySelector('input');
                if (!input || !input.placeholder || input.getBoundingClientRect().width === 0) continue;
                const style = getComputedStyle(input);
                ctx.font = style.font;
                const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                const needed = ctx.measureText(input.placeholder).width;
                if (needed > room + 1) bad.push('"' + input.placeholder + '" needs ' + Math.ceil(needed) + ' px in ' + Math.floor(room));
              }
              return bad;
            }""";

    /** A grid that scrolls its rows inside a box lower than half the window while the page does not scroll. */
    private static final String SQUEEZED_GRIDS = """
            () => {
              const bad = [];
              for (const grid of document.querySelectorAll('vaadin-grid')) {
                const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
                if (!table || grid.getBoundingClientRect().width === 0) continue;
                const clips = table.scrollHeight > table.clientHeight + 1;
                if (clips && grid.getBoundingClientRect().height < window.innerHeight / 2) {
                  bad.push((grid.className || 'grid') + ' ' + Math.round(grid.getBoundingClientRect().height)
                      + ' px high clips its rows (' + table.scrollHeight + ' px of rows)');
                }
              }
              return bad;
            }""";

    @Autowired
    PersonAccounts accounts;

    @ParameterizedTest(name = "{0} /{1} {2} {3} px")
    @CsvSource({
            "leder, kalender/godkendelser, da, 1366, vaadin-grid",
            "leder, kalender/godkendelser, en, 1366, vaadin-grid",
            "leder, kalender/godkendelser, da, 390, vaadin-grid",
            "leder, kalender/godkendelser, en, 390, vaadin-grid",
            "admin, admin/personer, da, 1366, vaadin-grid",
            "admin, admin/personer, en, 1366, vaadin-grid",
            "admin, admin/personer, da, 390, vaadin-grid",
            "admin, admin/personer, en, 390, vaadin-grid",
            "leder, kulturbaerere, da, 1366, vaadin-grid",
            "leder, kulturbaerere, en, 1366, vaadin-grid",
            "leder, kulturbaerere, da, 390, vaadin-grid",
            "leder, kulturbaerere, en, 390, vaadin-grid",
            "kulturbaerer, traeningslog, da, 1366, vaadin-grid",
            "kulturbaerer, traeningslog, en, 1366, vaadin-grid",
            "kulturbaerer, traeningslog, da, 390, vaadin-grid",
            "kulturbaerer, traeningslog, en, 390, vaadin-grid",
            "implementering, '', da, 1366, .start-card-plan",
            "implementering, '', en, 1366, .start-card-plan",
            "implementering, '', da, 390, .start-card-plan",
            "implementering, '', en, 390, .start-card-plan"})
    void nothing_spills_out_of_its_box_or_is_cut(String user, String route, String language, int width,
            String containers) {
        long personId = accounts.byUsername(user).orElseThrow().personId();
        accounts.setPreferredLanguage(personId, language);
        try {
            page.setViewportSize(width, width == 390 ? 844 : 900);
            loginAs(user);
            open("/" + route);
            screenshot("laptop-" + user + "-" + (route.isEmpty() ? "start" : route.replace('/', '-')) + "-"
                    + language + "-" + width);
            var problems = new ArrayList<String>();
            int sideways = ((Number) page.evaluate(Axe.SIDEWAYS)).intValue();
            if (sideways > 0) {
                problems.add("the page scrolls sideways by " + sideways + " px");
            }
            problems.addAll(strings(page.evaluate(SPILLS, java.util.Map.of("containers", containers,
                    "cells", route.equals("admin/personer") || route.equals("traeningslog")))));
            problems.addAll(strings(page.evaluate(CUT_PLACEHOLDERS)));
            problems.addAll(strings(page.evaluate(SQUEEZED_GRIDS)));
            assertThat(problems).as("/%s as %s in %s at %d px", route, user, language, width).isEmpty();
        } finally {
            accounts.setPreferredLanguage(personId, "da");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object result) {
        return (List<String>) result;
    }
}
