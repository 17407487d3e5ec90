package dk.sambo.portal.shared.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;

/**
 * Keyboard and screen-reader help for the whole portal (issue 14, WCAG 2.4.3 and 3.1.1): after a navigation or a
 * post, focus goes to the page's heading instead of being lost to {@code <body>}; the document's language follows
 * the person's.
 */
public final class PageFocus {

    /** The id of the app layout's content area, the skip link's target. */
    public static final String CONTENT_ID = "main-content";

    // Runs after the browser has rendered the new content. A field the page itself focused keeps the focus.
    private static final String FOCUS_HEADING = """
            const force = $0;
            setTimeout(() => {
              const root = document.getElementById('main-content')
                  || document.querySelector('vaadin-app-layout > :not([slot])') || document.body;
              const active = document.activeElement;
              if (!force && active && active !== document.body && root.contains(active)) return;
              const target = root.querySelector('h1') || root.querySelector('h2') || root;
              if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
              target.focus();
            }, 0);""";

    // When the focused element disappears (a posted form or a decided row re-rendered by the server), the browser
    // drops focus to <body>: put it on the heading instead, once per page, for every view.
    private static final String KEEP_FOCUS = """
            if (!window.__samboKeepFocus) {
              window.__samboKeepFocus = true;
              document.addEventListener('focusout', (e) => {
                const lost = e.target;
                setTimeout(() => {
                  if ((document.activeElement === document.body || document.activeElement === null)
                      && lost && !lost.isConnected) {
                    const root = document.getElementById('main-content') || document.body;
                    const target = root.querySelector('h1') || root;
                    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
                    target.focus();
                  }
                }, 50);
              }, true);
            }""";

    private PageFocus() {
    }

    /** Focus on the page heading unless the page has already put focus on something of its own. */
    public static void focusHeading() {
        run(false);
    }

    /** Focus on the page heading whatever has focus now: after a post that stays on the page. */
    public static void focusHeadingNow() {
        run(true);
    }

    private static void run(boolean force) {
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.getPage().executeJs(FOCUS_HEADING, force);
        }
    }

    /** Keeps focus on the page (the heading) when what had it is removed; once per browser page. */
    public static void keepFocusOnThePage(UI ui) {
        ui.getPage().executeJs(KEEP_FOCUS);
    }

    /** Sets {@code <html lang>} in the browser to the given language ("da", "en"). */
    public static void documentLanguage(UI ui, Locale locale) {
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }
}
