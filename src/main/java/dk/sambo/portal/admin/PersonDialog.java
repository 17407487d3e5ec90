package dk.sambo.portal.admin;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import dk.sambo.portal.organisation.GrantView;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.ScopeType;
import dk.sambo.portal.shared.ui.Feedback;

/** One person: their roles with scope (grant, revoke) and their access (deactivate, reactivate). */
class PersonDialog extends Dialog {

    private final PersonSummary person;
    private final PeopleAdministration people;
    private final OrganisationService organisation;
    private final Runnable onChange;
    private final Grid<GrantView> grants = new Grid<>();

    PersonDialog(PersonSummary person, PeopleAdministration people, OrganisationService organisation,
            Runnable onChange) {
        this.person = person;
        this.people = people;
        this.organisation = organisation;
        this.onChange = onChange;
        setHeaderTitle(person.name());
        setWidth("48rem");
        addClassName("person-dialog");

        grants.addColumn(g -> getTranslation("role." + g.role().name())).setHeader(getTranslation("admin.role"));
        grants.addColumn(g -> getTranslation("scope." + g.scopeType().name()) + ": " + g.scopeName())
                .setHeader(getTranslation("admin.scope")).setFlexGrow(2);
        grants.addComponentColumn(g -> {
            var revoke = new Button(getTranslation("admin.revoke"), e -> {
                people.revoke(g.assignmentId());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return revoke;
        }).setAutoWidth(true);
        grants.setAllRowsVisible(true);
        refresh();

        var content = new VerticalLayout(
                new Paragraph(String.join(" · ", nonNull(person.jobTitle()), nonNull(person.unitName()),
                        nonNull(person.organisationName()), nonNull(person.email()))),
                new H3(getTranslation("admin.roles")), grants, grantForm());
        content.setPadding(false);
        add(content);

        var access = person.active()
                ? new Button(getTranslation("admin.deactivate"), e -> {
                    people.deactivate(person.id());
                    Feedback.success(getTranslation("admin.deactivated.everywhere", person.name()));
                    onChange.run();
                    close();
                })
                : new Button(getTranslation("admin.reactivate"), e -> {
                    people.reactivate(person.id());
                    onChange.run();
                    close();
                });
        access.addThemeVariants(person.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        getFooter().add(access, new Button(getTranslation("action.close"), e -> close()));
    }

    private HorizontalLayout grantForm() {
        var role = new Select<Role>();
        role.setLabel(getTranslation("admin.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        var scopeType = new Select<ScopeType>();
        scopeType.setLabel(getTranslation("admin.scope"));
        scopeType.setItemLabelGenerator(s -> getTranslation("scope." + s.name()));
        var scope = new ComboBox<ScopeChoice>(getTranslation("admin.scope.which"));
        scope.setItemLabelGenerator(ScopeChoice::label);
        scope.setWidth("18rem");
        role.addValueChangeListener(e -> {
            scopeType.setItems(e.getValue() == null ? List.of() : List.copyOf(e.getValue().allowedScopes()));
            if (e.getValue() != null) {
                scopeType.setValue(e.getValue().allowedScopes().iterator().next());
            }
        });
        scopeType.addValueChangeListener(e -> {
            scope.setItems(choices(e.getValue()));
            scope.setEnabled(e.getValue() != null && e.getValue() != ScopeType.REGION);
            scope.clear();
        });
        var add = new Button(getTranslation("admin.grant"), e -> {
            if (role.getValue() == null || scopeType.getValue() == null
                    || (scopeType.getValue() != ScopeType.REGION && scope.getValue() == null)) {
                Feedback.error(getTranslation("admin.grant.incomplete"));
                return;
            }
            people.grant(person.id(), role.getValue(), scopeType.getValue(),
                    scopeType.getValue() == ScopeType.REGION ? null : scope.getValue().id());
            refresh();
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(role, scopeType, scope, add);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    List<ScopeChoice> choices(ScopeType type) {
        if (type == null) {
            return List.of();
        }
        return switch (type) {
            case REGION -> List.of();
            case CLUSTER -> organisation.clusters().stream().map(c -> new ScopeChoice(c.id(), c.name())).toList();
            case ORGANISATION -> organisation.organisations().stream()
                    .map(o -> new ScopeChoice(o.id(), o.name())).toList();
            case UNIT -> organisation.organisations().stream()
                    .flatMap(o -> organisation.openUnitsOf(o.id()).stream())
                    .map(u -> new ScopeChoice(u.id(), u.name() + " (" + u.organisationName() + ")")).toList();
        };
    }

    private void refresh() {
        grants.setItems(people.grantsOf(person.id()));
        onChange.run();
    }

    private static String nonNull(String s) {
        return s == null ? "–" : s;
    }

    record ScopeChoice(long id, String label) {
    }
}
