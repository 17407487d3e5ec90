package dk.sambo.portal.materials;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.materials.LaunchCascade.OrganisationStatus;
import dk.sambo.portal.materials.LaunchCascade.State;
import dk.sambo.portal.organisation.ClusterSummary;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.shared.ui.Feedback;
import dk.sambo.portal.shared.ui.Formats;

/**
 * The launch package's cascade for a cluster's levels: every organisation the cluster serves with its status, the
 * missing ones first; the implementing level (and administrators) forward the package to one or all organisations
 * and remind by hand. The strategic and political levels read only.
 */
@Route("materialer/lancering")
@RolesAllowed({"IMPLEMENTING", "STRATEGIC", "POLITICAL", "ADMIN"})
@Menu(order = 61, title = "materials.cascade.nav", icon = "vaadin:paperplane")
@StyleSheet("./assets/roles.css")
@StyleSheet("./assets/launch-cascade.css")
class LaunchCascadeView extends VerticalLayout implements HasDynamicTitle {

    private final LaunchCascade cascade;
    private final Select<ClusterSummary> cluster = new Select<>();
    private final Div toolbar = new Div();
    private final Paragraph summary = new Paragraph();
    private final Div list = new Div();

    LaunchCascadeView(LaunchCascade cascade) {
        this.cascade = cascade;
        addClassNames("roles-page", "cascade-page");
        add(new H1(getTranslation("materials.cascade.heading")),
                new Paragraph(getTranslation("materials.cascade.intro")));
        var clusters = cascade.clustersICanSee();
        cluster.setLabel(getTranslation("materials.cascade.cluster"));
        cluster.setItems(clusters);
        cluster.setItemLabelGenerator(ClusterSummary::name);
        cluster.addValueChangeListener(e -> refresh());
        toolbar.addClassName("roles-toolbar");
        summary.addClassName("cascade-summary");
        list.addClassName("cascade-list");
        add(cluster, summary, toolbar, list);
        if (!clusters.isEmpty()) {
            cluster.setValue(clusters.getFirst());
        }
        cluster.setVisible(clusters.size() > 1);
    }

    private void refresh() {
        toolbar.removeAll();
        list.removeAll();
        var selected = cluster.getValue();
        if (selected == null) {
            summary.setText("");
            return;
        }
        var statuses = cascade.status(selected.id());
        boolean manage = cascade.canManage(selected.id());
        long done = statuses.stream().filter(s -> !s.missing()).count();
        summary.setText(getTranslation("materials.cascade.summary", done, statuses.size(), statuses.size() - done));
        if (manage) {
            var all = new Button(getTranslation("materials.cascade.forward-all"), VaadinIcon.PAPERPLANE.create(),
                    e -> run(() -> getTranslation("materials.cascade.forwarded-all.done",
                            cascade.forwardToAll(selected.id()))));
            all.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            all.addClassName("cascade-forward-all");
            all.setEnabled(statuses.stream().anyMatch(s -> s.state() == State.NOT_FORWARDED));
            toolbar.add(all);
        } else {
            toolbar.add(new Span(getTranslation("materials.cascade.read-only")));
        }
        boolean missingHeading = false;
        boolean doneHeading = false;
        for (var s : statuses) {
            if (s.missing() && !missingHeading) {
                list.add(new H2(getTranslation("materials.cascade.missing")));
                missingHeading = true;
            } else if (!s.missing() && !doneHeading) {
                list.add(new H2(getTranslation("materials.cascade.done")));
                doneHeading = true;
            }
            list.add(row(s, manage));
        }
    }

    private Component row(OrganisationStatus s, boolean manage) {
        var name = new Span(s.organisationName());
        name.addClassName("cascade-organisation");
        var badge = new Span(stateText(s));
        badge.addClassNames("roles-badge", "roles-badge-" + switch (s.state()) {
            case NOT_FORWARDED -> "gap";
            case FORWARDED -> "warn";
            case RECEIVED -> "muted";
            case PASSED_ON -> "ok";
        }, "cascade-state");
        var head = new Div(name, badge);
        head.addClassName("cascade-row-head");
        var details = new Div();
        details.addClassName("cascade-details");
        if (s.forwardedAt() != null) {
            details.add(detail(getTranslation("materials.cascade.forwarded-by", date(s.forwardedAt()),
                    s.forwardedBy() == null ? "-" : s.forwardedBy())));
        }
        if (s.receivedAt() != null) {
            details.add(detail(getTranslation("materials.cascade.received-by", date(s.receivedAt()),
                    who(s.receivedBy(), s.receivedByRole()))));
        }
        if (s.passedOnAt() != null) {
            details.add(detail(getTranslation("materials.cascade.passed-on-by", date(s.passedOnAt()),
                    who(s.passedOnBy(), s.passedOnByRole()))));
        }
        if (s.lastRemindedAt() != null && s.missing()) {
            details.add(detail(getTranslation("materials.cascade.reminded", date(s.lastRemindedAt()))));
        }
        if (s.missing()) {
            details.add(detail(s.receivers() == 0 ? getTranslation("materials.cascade.no-receivers")
                    : getTranslation("materials.cascade.receivers", s.receivers())));
        }
        var row = new Div(head, details);
        row.addClassName("cascade-row");
        row.getElement().setAttribute("data-organisation", s.organisationName());
        row.getElement().setAttribute("data-state", s.state().name());
        if (manage && s.state() == State.NOT_FORWARDED) {
            var forward = new Button(getTranslation("materials.cascade.forward"), VaadinIcon.PAPERPLANE.create(),
                    e -> run(() -> {
                        cascade.forward(s.clusterId(), s.organisationId());
                        return getTranslation("materials.cascade.forwarded.done", s.organisationName());
                    }));
            forward.addClassName("cascade-forward");
            row.add(actions(forward));
        } else if (manage && s.missing()) {
            var remind = new Button(getTranslation("materials.cascade.remind"), VaadinIcon.BELL.create(),
                    e -> run(() -> getTranslation("materials.cascade.reminded.done",
                            cascade.remind(s.clusterId(), s.organisationId()))));
            remind.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remind.addClassName("cascade-remind");
            row.add(actions(remind));
        }
        return row;
    }

    private static Div actions(Component... buttons) {
        var actions = new Div(buttons);
        actions.addClassName("cascade-actions");
        return actions;
    }

    private static Span detail(String text) {
        var span = new Span(text);
        span.addClassName("cascade-detail");
        return span;
    }

    private String stateText(OrganisationStatus s) {
        return switch (s.state()) {
            case NOT_FORWARDED -> getTranslation("materials.cascade.state.NOT_FORWARDED");
            case FORWARDED -> getTranslation("materials.cascade.state.FORWARDED", date(s.forwardedAt()));
            case RECEIVED -> getTranslation("materials.cascade.state.RECEIVED", date(s.receivedAt()));
            case PASSED_ON -> getTranslation("materials.cascade.state.PASSED_ON", date(s.passedOnAt()));
        };
    }

    private String who(@Nullable String name, @Nullable Role role) {
        var n = name == null ? getTranslation("materials.cascade.someone") : name;
        return role == null ? n : n + " (" + roleName(role) + ")";
    }

    private String roleName(@Nullable Role role) {
        return role == null ? getTranslation("materials.cascade.someone")
                : getTranslation("materials.cascade.role." + role.name());
    }

    private String date(@Nullable Instant at) {
        return at == null ? "" : Formats.date(at.atZone(Formats.zone()).toLocalDate(), getLocale());
    }

    private void run(java.util.function.Supplier<String> action) {
        var done = new String[1];
        if (Feedback.attempt(this, () -> done[0] = action.get())) {
            Feedback.success(done[0]);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("materials.cascade.nav");
    }
}
