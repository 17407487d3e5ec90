package dk.sambo.portal.shared.ui;

import com.vaadin.flow.component.UI;

/**
 * Repairs of ARIA that a Vaadin component itself gets wrong, installed once per browser page for the whole portal
 * (issue 14). Each one names its upstream issue; drop it when a Vaadin update fixes that.
 *
 * <ul>
 * <li>A required {@code vaadin-select} puts {@code aria-required="true"} on its {@code vaadin-select-value-button},
 * whose role is {@code button}, where ARIA does not allow it (axe {@code aria-allowed-attr}, critical, WCAG 4.1.2):
 * vaadin/web-components#7337, open. The attribute is removed whenever the component sets it; the field's label
 * keeps its required mark, and the form still says what is missing when it is sent.</li>
 * <li>{@code vaadin-tabs} ({@code role="tablist"}) wraps its tabs in a shadow {@code <div id="scroll" part="tabs"
 * tabindex="-1">}; a focusable element without a role is not allowed between a tablist and its tabs (axe
 * {@code aria-required-children}, critical, WCAG 1.3.1). The {@code tabindex} is removed; the tabs keep their own
 * roving tab index, so keyboard use is unchanged (no upstream issue found for this; Vaadin 25.2.3).</li>
 * </ul>
 */
public final class AriaRepairs {

    private static final String INSTALL = """
            if (!window.__samboAriaRepairs) {
              window.__samboAriaRepairs = true;
              const repairTabs = (tabs) => customElements.whenDefined('vaadin-tabs')
                  .then(() => tabs.updateComplete)
                  .then(() => {
                    const scroll = tabs.shadowRoot && tabs.shadowRoot.querySelector('#scroll[tabindex]');
                    if (scroll) scroll.removeAttribute('tabindex');
                  });
              const repair = (root) => {
                root.querySelectorAll('vaadin-select-value-button[aria-required]')
                    .forEach(b => b.removeAttribute('aria-required'));
                root.querySelectorAll('vaadin-tabs').forEach(repairTabs);
              };
              repair(document);
              new MutationObserver(records => {
                for (const r of records) {
                  if (r.type === 'attributes') {
                    if (r.target.localName === 'vaadin-select-value-button'
                        && r.target.hasAttribute('aria-required')) r.target.removeAttribute('aria-required');
                  } else {
                    r.addedNodes.forEach(n => { if (n.nodeType === 1) repair(n.parentNode || n); });
                  }
                }
              }).observe(document.body, {subtree: true, childList: true, attributes: true,
                                         attributeFilter: ['aria-required']});
            }""";

    private AriaRepairs() {
    }

    /** Installs the repairs in the UI's browser page (once per page; a later call does nothing). */
    public static void install(UI ui) {
        ui.getPage().executeJs(INSTALL);
    }
}
