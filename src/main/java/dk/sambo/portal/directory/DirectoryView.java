package dk.sambo.portal.directory;

import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.ClusterSummary;
import dk.sambo.portal.organisation.ContactDirectory;
import dk.sambo.portal.organisation.ContactDirectory.Contact;
import dk.sambo.portal.organisation.ContactDirectory.DirectoryFilter;
import dk.sambo.portal.organisation.OrganisationSummary;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.TopicSummary;
import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.organisation.UnitSummary;

/**
 * Find the right person: by name, role, cluster, organisation, unit or topic, with work contact details. The
 * database filters and pages ({@link ContactDirectory}); the grid fetches a page at a time as it scrolls.
 */
@Route("kontakter")
@PermitAll
@Menu(order = 70, title = "directory.nav", icon = "vaadin:phone")
@StyleSheet("./assets/roles.css")
class DirectoryView extends VerticalLayout implements HasDynamicTitle {

    private final ContactDirectory directory;
    private final TopicService topics;
    private final TextField text = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<ClusterSummary> cluster = new ComboBox<>();
    private final ComboBox<OrganisationSummary> organisationBox = new ComboBox<>();
    private final ComboBox<UnitSummary> unit = new ComboBox<>();
    private final ComboBox<TopicSummary> topic = new ComboBox<>();
    private final Grid<Contact> grid = new Grid<>();
    private final Span count = new Span();

    DirectoryView(ContactDirectory directory, OrganisationService organisation, TopicService topics,
            AuditLog audit) {
        this.directory = directory;
        // The directory lists people's contact data: one event per opening (it has no export).
        audit.recordRead("contact-directory", "ContactDirectory", null, java.util.List.of());
        this.topics = topics;
        addClassName("roles-page");
        add(new H1(getTranslation("directory.heading")), new Paragraph(getTranslation("directory.intro")));
        text.setLabel(getTranslation("directory.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setMaxLength(200);
        role.setLabel(getTranslation("directory.role"));
        role.setItems(ContactDirectory.ROLES.stream().sorted().toList());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("directory.any"));
        role.setItemLabelGenerator(r -> r == null ? getTranslation("directory.any") : getTranslation("role." + r));
        cluster.setLabel(getTranslation("directory.cluster"));
        cluster.setItems(organisation.clusters());
        cluster.setItemLabelGenerator(ClusterSummary::name);
        cluster.setClearButtonVisible(true);
        organisationBox.setLabel(getTranslation("directory.organisation"));
        organisationBox.setItems(organisation.organisations());
        organisationBox.setItemLabelGenerator(OrganisationSummary::name);
        organisationBox.setClearButtonVisible(true);
        unit.setLabel(getTranslation("directory.unit"));
        unit.setItemLabelGenerator(UnitSummary::name);
        unit.setClearButtonVisible(true);
        unit.setEnabled(false);
        organisationBox.addValueChangeListener(e -> {
            unit.clear();
            unit.setEnabled(e.getValue() != null);
            unit.setItems(e.getValue() == null ? java.util.List.of() : organisation.openUnitsOf(e.getValue().id()));
        });
        topic.setLabel(getTranslation("directory.topic"));
        topic.setItems(topics.active());
        topic.setItemLabelGenerator(t -> t.name(getLocale()));
        topic.setClearButtonVisible(true);
        topic.setHelperText(getTranslation("directory.topic.help"));
        var filters = new Div(text, role, cluster, organisationBox, unit, topic);
        filters.addClassName("roles-toolbar");
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {text, role, cluster, organisationBox, unit,
                topic}) {
            field.addValueChangeListener(e -> refresh());
        }

        grid.addColumn(Contact::name).setKey("name").setHeader(getTranslation("directory.person")).setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(this::place).setHeader(getTranslation("directory.place")).setFlexGrow(3);
        grid.addColumn(c -> getTranslation("role." + c.role())).setHeader(getTranslation("directory.role"))
                .setAutoWidth(true);
        grid.addColumn(Contact::scopeName).setHeader(getTranslation("directory.scope")).setFlexGrow(3);
        grid.addColumn(this::topicNames).setHeader(getTranslation("directory.topic")).setFlexGrow(2);
        grid.addComponentColumn(c -> c.email() == null ? new Span("–") : new Anchor("mailto:" + c.email(), c.email()))
                .setHeader(getTranslation("directory.email")).setFlexGrow(2);
        grid.setPageSize(50);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("60vh");
        count.addClassName("directory-count");
        add(filters, count, grid);
        refresh();
    }

    private void refresh() {
        var filter = new DirectoryFilter(text.getValue(), role.getValue(),
                cluster.getValue() == null ? null : cluster.getValue().id(),
                organisationBox.getValue() == null ? null : organisationBox.getValue().id(),
                unit.getValue() == null ? null : unit.getValue().id(),
                topic.getValue() == null ? null : topic.getValue().code());
        long total = directory.count(filter);
        grid.setItems(query -> directory.find(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) total);
        count.setText(getTranslation("directory.count", total));
    }

    private String place(Contact c) {
        return String.join(" · ", java.util.stream.Stream.of(c.jobTitle(), c.unitName(), c.organisationName())
                .filter(s -> s != null && !s.isBlank()).toList());
    }

    private String topicNames(Contact c) {
        if (c.role() != Role.CULTURE_BEARER) {
            return "";
        }
        if (c.topicCodes().isEmpty()) {
            return getTranslation("directory.all-topics");
        }
        return topics.active().stream().filter(t -> c.topicCodes().contains(t.code())).map(t -> t.name(getLocale()))
                .collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.nav");
    }
}
