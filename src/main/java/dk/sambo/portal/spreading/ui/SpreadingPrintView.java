package dk.sambo.portal.spreading.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.spreading.ImplementationKey;
import dk.sambo.portal.spreading.SpreadingDecisions;

/**
 * A spreading decision as a plain document to print or save as PDF for a steering-group meeting: no navigation,
 * print CSS, the whole checklist and table on A4.
 */
@Route(value = "spredning/:id/print", autoLayout = false)
@RolesAllowed({"STRATEGIC", "IMPLEMENTING", "POLITICAL", "SENIOR_MANAGER", "ADMIN"})
@StyleSheet("./assets/roles.css")
class SpreadingPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SpreadingDecisions decisions;
    private String title = "";

    SpreadingPrintView(SpreadingDecisions decisions) {
        this.decisions = decisions;
        addClassName("spreading-print");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        var view = decisions.get(id).orElseThrow(NotFoundException::new);
        var c = view.content();
        title = c.title();
        removeAll();
        var print = new Button(getTranslation("spreading.print"), VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.addClassName("no-print");
        add(print, new H1(c.title()));
        add(meta("spreading.cluster", view.clusterName().isEmpty() ? getTranslation("spreading.region")
                : view.clusterName()));
        add(meta("spreading.decision", getTranslation("spreading.decision." + c.decision())
                + (c.decidedOn() == null ? "" : " · " + Formats.date(c.decidedOn(), getLocale()))));
        add(meta("spreading.updated", Formats.dateTime(view.updatedAt(), getLocale())));
        text("spreading.summary", c.summary());
        add(new H2(getTranslation("spreading.checklist")));
        text("spreading.gains", c.gains());
        add(meta("spreading.gains.documented", getTranslation(c.gainsDocumented() ? "spreading.documented"
                : "spreading.estimated")));
        text("spreading.strength", c.strengthAndWill());
        text("spreading.costs", c.costs());
        text("spreading.support", c.supportAndOwnership());
        text("spreading.actors", c.actors());
        text("spreading.links", c.linksToOther());
        add(new H2(getTranslation("spreading.core-local")));
        var table = new Div(new Div(), cell(getTranslation("spreading.core.heading")),
                cell(getTranslation("spreading.local.heading")),
                cell(getTranslation("spreading.row.activities")), cell(c.coreActivities()), cell(c.localActivities()),
                cell(getTranslation("spreading.row.ways")), cell(c.coreWays()), cell(c.localWays()),
                cell(getTranslation("spreading.row.organisation")), cell(c.coreOrganisation()),
                cell(c.localOrganisation()));
        table.addClassName("spreading-print-table");
        add(table, new H2(getTranslation("spreading.keys")));
        var keys = new UnorderedList();
        keys.addClassName("spreading-print-keys");
        for (var key : ImplementationKey.values()) {
            keys.add(new ListItem((c.keys().contains(key) ? "☑ " : "☐ ") + getTranslation("spreading.key." + key)));
        }
        add(keys);
    }

    private Div meta(String key, String value) {
        var text = getTranslation(key);
        var label = new Span(text.endsWith("?") ? text + " " : text + ": ");
        label.addClassName("spreading-print-label");
        return new Div(label, new Span(value));
    }

    private void text(String key, String value) {
        var heading = new Span(getTranslation(key));
        heading.addClassName("spreading-print-label");
        add(new Div(heading, new Paragraph(value == null || value.isBlank() ? "–" : value)));
    }

    private static Div cell(String text) {
        return new Div(new Span(text == null || text.isBlank() ? "–" : text));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
