package dk.sambo.portal.admin;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.organisation.KnowledgeTarget;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.security.AccessRequest;
import dk.sambo.portal.security.AccessRequests;
import dk.sambo.portal.shared.ui.Feedback;
import dk.sambo.portal.shared.ui.FormDialog;
import dk.sambo.portal.shared.ui.PatientDataFields;
import dk.sambo.portal.shared.ui.Formats;

/** People who logged in through their identity provider but have no access yet. */
@Route("admin/adgang")
@RolesAllowed("ADMIN")
@Menu(order = 91, title = "nav.admin.access", icon = "vaadin:key")
class AccessRequestsView extends VerticalLayout implements HasDynamicTitle {

    private final AccessRequests requests;
    private final OrganisationService organisation;
    private final Grid<AccessRequest> grid = new Grid<>();

    AccessRequestsView(AccessRequests requests, OrganisationService organisation) {
        this.requests = requests;
        this.organisation = organisation;
        setSizeFull();
        grid.addColumn(r -> r.getName() == null ? "–" : r.getName()).setHeader(getTranslation("admin.people.name"));
        grid.addColumn(r -> r.getEmail() == null ? "–" : r.getEmail()).setHeader(getTranslation("admin.email"));
        grid.addColumn(r -> r.getEmail() == null ? "–" : getTranslation(r.isEmailVerified()
                ? "admin.access.email-verified.yes" : "admin.access.email-verified.no"))
                .setHeader(getTranslation("admin.access.email-verified")).setKey("emailVerified").setAutoWidth(true);
        grid.addColumn(r -> requests.personWithSameEmail(r.id()).map(PersonSummary::name).orElse("–"))
                .setHeader(getTranslation("admin.access.existing")).setKey("existing");
        grid.addColumn(AccessRequest::getIssuer).setHeader(getTranslation("admin.access.issuer"));
        grid.addColumn(r -> Formats.dateTime(r.getLastAttemptAt(), getLocale()))
                .setHeader(getTranslation("admin.access.when"));
        grid.addColumn(AccessRequest::getAttempts).setHeader(getTranslation("admin.access.attempts"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
            var grant = new Button(getTranslation("admin.access.grant"), e -> grantDialog(r).open());
            grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            var reject = new Button(getTranslation("admin.access.reject"), e -> {
                requests.reject(r.id());
                refresh();
            });
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            var actions = new HorizontalLayout();
            var existing = requests.personWithSameEmail(r.id());
            if (existing.isPresent()) {
                // The e-mail is a person's already: linking, not a second person, is what the administrator wants.
                var link = new Button(getTranslation("admin.access.link"), e -> linkDialog(r, existing.get()).open());
                link.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                actions.add(link);
            } else {
                actions.add(grant);
            }
            actions.add(reject);
            return actions;
        }).setKey("actions").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("admin.access.none"));
        add(new H1(getTranslation("nav.admin.access")), new Paragraph(getTranslation("admin.access.explain")), grid);
        refresh();
    }

    private Dialog grantDialog(AccessRequest request) {
        var name = new TextField(getTranslation("admin.people.name"));
        name.setValue(request.getName() == null ? "" : request.getName());
        name.setRequired(true);
        name.setMaxLength(200);
        var email = new EmailField(getTranslation("admin.email"));
        email.setValue(request.getEmail() == null ? "" : request.getEmail().toLowerCase(Locale.ROOT));
        email.setMaxLength(320);
        var jobTitle = new TextField(getTranslation("start.job-title"));
        jobTitle.setMaxLength(200);
        var unit = new ComboBox<UnitSummary>(getTranslation("start.unit"));
        unit.setItems(organisation.organisations().stream().flatMap(o -> organisation.openUnitsOf(o.id()).stream())
                .toList());
        unit.setItemLabelGenerator(u -> u.name() + " (" + u.organisationName() + ")");
        unit.setRequired(true);
        var target = new Select<KnowledgeTarget>();
        target.setLabel(getTranslation("start.knowledge-target"));
        target.setItems(KnowledgeTarget.values());
        target.setItemLabelGenerator(t -> getTranslation("target." + t.name()));
        target.setValue(KnowledgeTarget.OVERALL);
        var dialog = new FormDialog(this, getTranslation("admin.access.grant"), getTranslation("admin.access.grant"),
                () -> grant(request, name, email, jobTitle, unit, target));
        dialog.addComponentAsFirst(new Paragraph(getTranslation("admin.access.grant.explain")));
        dialog.addFields(name, email, jobTitle, unit, target);
        return dialog;
    }

    private boolean grant(AccessRequest request, TextField name, EmailField email, TextField jobTitle,
            ComboBox<UnitSummary> unit, Select<KnowledgeTarget> target) {
        // Missing fields and CPR numbers are marked together.
        name.setInvalid(false);
        unit.setInvalid(unit.isEmpty());
        boolean clean = PatientDataFields.markAll(name, jobTitle);
        if (name.isEmpty()) {
            name.setInvalid(true);
        }
        if (!clean || name.isEmpty() || unit.isEmpty()) {
            return false;
        }
        try {
            requests.grant(request.id(), new PeopleAdministration.NewPerson(name.getValue(), jobTitle.getValue(),
                    email.isEmpty() ? null : email.getValue(), unit.getValue().id(), target.getValue()));
        } catch (AccessRequests.EmailBelongsToPerson taken) {
            email.setInvalid(true);
            email.setErrorMessage(getTranslation("admin.access.email-taken", taken.person().name()));
            return false;
        }
        refresh();
        return true;
    }

    private Dialog linkDialog(AccessRequest request, PersonSummary person) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.access.link"));
        var where = person.unitName() == null ? "–" : person.unitName() + ", " + person.organisationName();
        dialog.add(new Paragraph(getTranslation("admin.access.link.explain", person.name(), where)));
        var link = new Button(getTranslation("admin.access.link"), e -> {
            requests.linkToPerson(request.id(), person.id());
            dialog.close();
            Feedback.success(getTranslation("admin.access.link.done", person.name()));
            refresh();
        });
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), link);
        return dialog;
    }

    private void refresh() {
        grid.setItems(requests.pending());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.access");
    }
}
