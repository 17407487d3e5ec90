package dk.sambo.portal.spreading.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.spreading.Decision;
import dk.sambo.portal.spreading.SpreadingDecisions;

/** The spreading decisions the person may see, newest first; the strategic level starts a new one here. */
@Route("spredning")
@RolesAllowed({"STRATEGIC", "IMPLEMENTING", "POLITICAL", "SENIOR_MANAGER", "ADMIN"})
@Menu(order = 50, title = "spreading.nav", icon = "vaadin:share")
@StyleSheet("./assets/roles.css")
class SpreadingListView extends VerticalLayout implements HasDynamicTitle {

    SpreadingListView(SpreadingDecisions decisions) {
        addClassName("roles-page");
        add(new H1(getTranslation("spreading.heading")), new Paragraph(getTranslation("spreading.intro")));
        if (!decisions.writableClusters().isEmpty() || decisions.mayWrite(null)) {
            var create = new Button(getTranslation("spreading.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("spredning/ny")));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        var grid = new Grid<SpreadingDecisions.View>();
        grid.addColumn(v -> v.content().title()).setHeader(getTranslation("spreading.title")).setFlexGrow(3);
        grid.addColumn(v -> v.clusterName().isEmpty() ? getTranslation("spreading.region") : v.clusterName())
                .setHeader(getTranslation("spreading.cluster"));
        grid.addComponentColumn(v -> badge(v.content().decision())).setHeader(getTranslation("spreading.decision"));
        grid.addColumn(v -> v.content().decidedOn() == null ? "–" : Formats.date(v.content().decidedOn(), getLocale()))
                .setHeader(getTranslation("spreading.decided-on"));
        grid.addColumn(v -> Formats.dateTime(v.updatedAt(), getLocale())).setHeader(getTranslation("spreading.updated"));
        grid.setItems(decisions.visible());
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("spredning/" +
                String.valueOf(e.getItem().id()))));
        add(grid);
    }

    private Span badge(Decision decision) {
        var span = new Span(getTranslation("spreading.decision." + decision));
        span.addClassNames("roles-badge", switch (decision) {
            case PENDING -> "roles-badge-warn";
            case SPREAD -> "roles-badge-ok";
            case NOT_NOW -> "roles-badge-muted";
            case STOP -> "roles-badge-gap";
        });
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("spreading.nav");
    }
}
