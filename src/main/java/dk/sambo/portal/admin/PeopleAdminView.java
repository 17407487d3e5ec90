package dk.sambo.portal.admin;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.shared.ui.GridCard;
import dk.sambo.portal.shared.ui.ResponsiveGrid;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.organisation.PersonSummary;

/** Find people (lazy, searchable) and open one to change roles or access. */
@Route("admin/personer")
@RolesAllowed("ADMIN")
@Menu(order = 90, title = "nav.admin.people", icon = "vaadin:users")
class PeopleAdminView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<PersonSummary> grid = new Grid<>();
    private final TextField search = new TextField();

    PeopleAdminView(PeopleAdministration people, OrganisationService organisation, AuditLog audit) {
        addClassName("admin-people");
        setSizeFull();
        // A short placeholder that fits a phone; what can be searched for stays readable below the field (issue 14).
        search.setPlaceholder(getTranslation("admin.people.search.placeholder"));
        search.setHelperText(getTranslation("admin.people.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(200);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("min(40rem, 100%)");
        search.setAriaLabel(getTranslation("admin.people.search"));

        grid.addColumn(PersonSummary::name).setHeader(getTranslation("admin.people.name")).setWidth("10em")
                .setFlexGrow(1);
        // Room for the longest one-word job titles and unit names ("Afdelingssygeplejerske", "Hjemmesygeplejen") at
        // 1366 px; the cells wrap at spaces (issue 14).
        grid.addColumn(p -> p.jobTitle() == null ? "" : p.jobTitle()).setHeader(getTranslation("start.job-title"))
                .setWidth("16em").setFlexGrow(1);
        grid.addColumn(p -> p.unitName() == null ? "" : p.unitName()).setHeader(getTranslation("start.unit"))
                .setWidth("11em").setFlexGrow(1);
        grid.addColumn(p -> p.organisationName() == null ? "" : p.organisationName())
                .setHeader(getTranslation("start.organisation")).setWidth("11em").setFlexGrow(1);
        grid.addColumn(p -> getTranslation(p.active() ? "admin.people.active" : "admin.people.inactive"))
                .setHeader(getTranslation("admin.people.status")).setAutoWidth(true);
        // Long names and units wrap instead of being cut; a phone gets one card per person (issue 14).
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        ResponsiveGrid.cardsWhenNarrow(grid, p -> GridCard.of(p.name(), p.jobTitle(), p.unitName(),
                p.organisationName(), getTranslation(p.active() ? "admin.people.active" : "admin.people.inactive")));
        grid.setItems(query -> people.search(search.getValue(),
                        PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) people.count(search.getValue()));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addItemClickListener(e -> {
            // Opening another person's details is a read of personal data: one event per opening.
            audit.recordRead("person-details", "Person", e.getItem().id(), java.util.List.of());
            new PersonDialog(e.getItem(), people, organisation, () -> grid.getDataProvider().refreshAll()).open();
        });
        var searchBar = new HorizontalLayout(search);
        searchBar.setWidthFull();
        add(new H1(getTranslation("nav.admin.people")), searchBar, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.people");
    }
}
