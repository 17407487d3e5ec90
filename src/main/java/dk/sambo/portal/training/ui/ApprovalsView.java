package dk.sambo.portal.training.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.training.domain.PendingApproval;
import dk.sambo.portal.training.domain.RegistrationStatus;
import dk.sambo.portal.shared.ui.Feedback;
import dk.sambo.portal.shared.ui.GridCard;
import dk.sambo.portal.shared.ui.ResponsiveGrid;
import dk.sambo.portal.training.domain.Approvals;

/** A line manager's queue: their own people's sign-ups that need approval, soonest session first. */
@Route("kalender/godkendelser")
@RolesAllowed("LINE_MANAGER")
@Menu(order = 23, title = "training.nav.approvals", icon = "vaadin:check-square-o")
@StyleSheet("./assets/training.css")
class ApprovalsView extends VerticalLayout implements HasDynamicTitle {

    private final Approvals approvals;
    private final Grid<PendingApproval> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    ApprovalsView(Approvals approvals) {
        this.approvals = approvals;
        addClassName("training-approvals-view");
        add(new H1(getTranslation("training.approvals.heading")),
                new Paragraph(getTranslation("training.approvals.explain")));
        grid.addClassName("approvals");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Widths that wrap instead of growing: the grid fits its 1076 px box at 1366 px, and each header fits its
        // column in both languages ("Ledige pladser", "Tværsektoriel undervisning"; issue 14).
        grid.addColumn(p -> p.person().name()).setHeader(getTranslation("training.participant.name"))
                .setWidth("8em").setFlexGrow(1);
        grid.addColumn(p -> p.person().jobTitle() == null ? "" : p.person().jobTitle())
                .setHeader(getTranslation("training.approvals.job")).setWidth("9em").setFlexGrow(1);
        grid.addComponentColumn(p -> new Anchor("kalender/aktivitet/" + p.sessionId(), p.sessionTitle()))
                .setHeader(getTranslation("training.approvals.session")).setWidth("10em").setFlexGrow(3);
        grid.addColumn(p -> getTranslation("training.type." + p.type().name()))
                .setHeader(getTranslation("training.form.type")).setWidth("9em").setFlexGrow(1);
        grid.addColumn(p -> TrainingFormats.range(p.start(), p.end(), getLocale()))
                .setHeader(getTranslation("training.session.when")).setWidth("8.5em").setFlexGrow(1);
        grid.addColumn(PendingApproval::seatsLeft).setHeader(getTranslation("training.approvals.seats-left"))
                .setWidth("6.5em").setFlexGrow(0);
        grid.addComponentColumn(p -> {
            var approve = new Button(getTranslation("training.approvals.approve"), e -> decide(p, true));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            approve.addClassName("approve");
            var reject = new Button(getTranslation("training.approvals.reject"), e -> decide(p, false));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            reject.addClassName("reject");
            var buttons = new HorizontalLayout(approve, reject);
            buttons.addClassName("approval-actions");
            return buttons;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        // A phone (and a narrow window) gets one card per sign-up with the same two buttons (issue 14).
        ResponsiveGrid.cardsWhenNarrow(grid, p -> {
            var approve = new Button(getTranslation("training.approvals.approve"), e -> decide(p, true));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approve.addClassName("approve");
            var reject = new Button(getTranslation("training.approvals.reject"), e -> decide(p, false));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            reject.addClassName("reject");
            var buttons = new HorizontalLayout(approve, reject);
            buttons.addClassName("approval-actions");
            return GridCard.of(p.person().name(),
                    p.person().jobTitle() == null ? "" : p.person().jobTitle(),
                    new Anchor("kalender/aktivitet/" + p.sessionId(), p.sessionTitle()),
                    getTranslation("training.type." + p.type().name()) + " · "
                            + TrainingFormats.range(p.start(), p.end(), getLocale()),
                    getTranslation("training.approvals.seats-left") + ": " + p.seatsLeft(), buttons);
        });
        empty.setText(getTranslation("training.approvals.none"));
        add(grid, empty);
        refresh();
    }

    private void decide(PendingApproval p, boolean approve) {
        var message = new String[1];
        boolean decided = Feedback.attempt(this, () -> {
            if (approve) {
                var status = approvals.approve(p.registrationId());
                message[0] = getTranslation(status == RegistrationStatus.APPROVED ? "training.approvals.approved"
                        : "training.approvals.approved-waitlist", p.person().name());
            } else {
                approvals.reject(p.registrationId());
                message[0] = getTranslation("training.approvals.rejected", p.person().name());
            }
        });
        if (decided) {
            Feedback.success(message[0]);
        }
        refresh();
    }

    private void refresh() {
        var pending = approvals.pendingApprovals();
        grid.setItems(pending);
        grid.setVisible(!pending.isEmpty());
        empty.setVisible(pending.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.nav.approvals");
    }
}
