package dk.sambo.portal.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.ScopeType;

/** An administrator grants a role with scope and deactivates a person through the dialog. */
class AdminFlowsTest extends KaribuTest {

    @Autowired
    PeopleAdministration people;
    @Autowired
    PersonAccounts accounts;

    @Test
    @SuppressWarnings("unchecked")
    void admin_grants_a_cluster_role_through_the_person_dialog() {
        login("admin");
        var person = people.search("Rehabiliteringscenter Vejle", PageRequest.of(0, 1)).getFirst();
        navigate("admin/personer");
        new PersonDialog(person, people, context.getBean(dk.sambo.portal.organisation.OrganisationService.class),
                () -> { }).open();

        Select<Role> role = _get(Select.class, spec -> spec.withLabel("Rolle"));
        role.setValue(Role.IMPLEMENTING);
        Select<ScopeType> scope = _get(Select.class, spec -> spec.withLabel("Omfang"));
        scope.setValue(ScopeType.CLUSTER);
        ComboBox<PersonDialog.ScopeChoice> which = _get(ComboBox.class, spec -> spec.withLabel("Hvilken"));
        which.setValue(which.getListDataView().getItems().filter(c -> c.label().equals("Lillebælt")).findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Tildel rolle")));

        assertThat(accounts.byId(person.id()).orElseThrow().roles()).contains(Role.IMPLEMENTING);
        assertThat(people.grantsOf(person.id())).anyMatch(g -> g.role() == Role.IMPLEMENTING
                && g.scopeName().equals("Lillebælt"));
    }

    @Test
    void admin_deactivates_a_person_who_then_cannot_log_in() {
        login("admin");
        var person = people.search("Visitationen Middelfart", PageRequest.of(0, 3)).get(2);
        new PersonDialog(person, people, context.getBean(dk.sambo.portal.organisation.OrganisationService.class),
                () -> { }).open();
        _click(_get(Button.class, spec -> spec.withText("Deaktivér")));
        assertThat(accounts.byId(person.id()).orElseThrow().active()).isFalse();
        assertThat(LocatorJ._find(Button.class, spec -> spec.withText("Deaktivér"))).isEmpty();
        people.reactivate(person.id());
    }
}
