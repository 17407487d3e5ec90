package dk.sambo.portal.admin;

import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.organisation.ClusterSummary;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.UnitAdministration;
import dk.sambo.portal.organisation.UnitAdministration.UnitChangeRefused;
import dk.sambo.portal.organisation.UnitNode;
import dk.sambo.portal.scim.ScimTokens;
import dk.sambo.portal.shared.ui.Feedback;
import dk.sambo.portal.shared.ui.FormDialog;
import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.shared.ui.ResponsiveGrid;
import dk.sambo.portal.shared.ui.PatientDataFields;

/**
 * Units of every organisation as a lazy tree (organisations at the top; each level is fetched when opened), with
 * create, rename, move, close and reopen, and a SCIM token per organisation.
 */
@Route("admin/enheder")
@RolesAllowed("ADMIN")
@Menu(order = 91, title = "nav.admin.units", icon = "vaadin:sitemap")
class UnitsAdminView extends VerticalLayout implements HasDynamicTitle {

    final TreeGrid<UnitNode> tree = new TreeGrid<>();
    private final UnitAdministration units;
    private final OrganisationService organisations;
    private final ScimTokens tokens;
    private final java.time.Clock clock;

    UnitsAdminView(UnitAdministration units, OrganisationService organisations, ScimTokens tokens,
            java.time.Clock clock) {
        this.clock = clock;
        this.units = units;
        this.organisations = organisations;
        this.tokens = tokens;
        setSizeFull();
        tree.addHierarchyColumn(UnitNode::name).setHeader(getTranslation("orgdata.units.name")).setFlexGrow(3);
        var code = tree.addColumn(n -> n.code() == null ? "" : n.code())
                .setHeader(getTranslation("orgdata.units.code")).setAutoWidth(true);
        var cluster = tree.addColumn(n -> n.clusterName() == null ? "" : n.clusterName())
                .setHeader(getTranslation("orgdata.units.cluster")).setAutoWidth(true);
        tree.addColumn(n -> n.closedOn() == null ? ""
                : getTranslation("orgdata.units.closed-on", Formats.date(n.closedOn(), getLocale())))
                .setHeader(getTranslation("orgdata.units.closed")).setAutoWidth(true);
        // On a phone the tree keeps its names and the closed mark; names wrap (issue 14).
        tree.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        ResponsiveGrid.hideWhenNarrow(tree, code, cluster);
        tree.setDataProvider(new UnitTreeProvider(units));
        tree.setSizeFull();

        var create = new Button(getTranslation("orgdata.units.new"), e -> withSelection(this::createDialog));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var rename = new Button(getTranslation("orgdata.units.rename"), e -> withUnit(this::renameDialog));
        var move = new Button(getTranslation("orgdata.units.move"), e -> withUnit(this::moveDialog));
        var close = new Button(getTranslation("orgdata.units.close"), e -> withUnit(this::closeDialog));
        var reopen = new Button(getTranslation("orgdata.units.reopen"), e -> withUnit(n -> run(() -> units.reopen(n.unitId()))));
        var token = new Button(getTranslation("orgdata.units.new-token"), e -> withSelection(this::tokenDialog));
        add(new H1(getTranslation("orgdata.units.heading")), new Paragraph(getTranslation("orgdata.units.intro")),
                toolbar(create, rename, move, close, reopen, token), tree);
        setFlexGrow(1, tree);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.units");
    }

    private void withSelection(java.util.function.Consumer<UnitNode> action) {
        tree.getSelectedItems().stream().findFirst().ifPresentOrElse(action,
                () -> Feedback.error(getTranslation("orgdata.units.select-first")));
    }

    private void withUnit(java.util.function.Consumer<UnitNode> action) {
        withSelection(n -> {
            if (n.isOrganisation()) {
                Feedback.error(getTranslation("orgdata.units.select-first"));
            } else {
                action.accept(n);
            }
        });
    }

    void createDialog(UnitNode parent) {
        var name = new TextField(getTranslation("orgdata.units.name"));
        var code = new TextField(getTranslation("orgdata.units.code"));
        var cluster = new ComboBox<ClusterSummary>(getTranslation("orgdata.units.cluster"));
        var organisation = organisations.organisation(parent.organisationId()).orElseThrow();
        cluster.setItems(organisation.clusters().stream().sorted(java.util.Comparator.comparing(ClusterSummary::name))
                .toList());
        cluster.setItemLabelGenerator(ClusterSummary::name);
        cluster.setVisible(organisation.isCrossCluster());
        var dialog = new FormDialog(this, getTranslation("orgdata.units.new"),
                () -> PatientDataFields.markAll(name) && run(() -> units.create(parent.organisationId(),
                        parent.unitId(), code.getValue(), name.getValue(),
                        cluster.getValue() == null ? null : cluster.getValue().id())));
        dialog.add(new VerticalLayout(new Span(parent.name()), name, code, cluster));
        dialog.open();
    }

    void renameDialog(UnitNode unit) {
        var name = new TextField(getTranslation("orgdata.units.name"));
        name.setValue(unit.name());
        var dialog = new FormDialog(this, getTranslation("orgdata.units.rename"),
                () -> PatientDataFields.markAll(name) && run(() -> units.rename(unit.unitId(), name.getValue())));
        dialog.add(name);
        dialog.open();
    }

    void moveDialog(UnitNode unit) {
        var parent = new ComboBox<ParentChoice>(getTranslation("orgdata.units.new-parent"));
        var choices = new java.util.ArrayList<ParentChoice>();
        choices.add(new ParentChoice(null, getTranslation("orgdata.units.top-level")));
        organisations.openUnitsOf(unit.organisationId()).stream().filter(u -> u.id() != unit.unitId())
                .forEach(u -> choices.add(new ParentChoice(u.id(), "  ".repeat(Math.max(0, u.depth())) + u.name())));
        parent.setItems(choices);
        parent.setItemLabelGenerator(ParentChoice::label);
        parent.setWidth("30rem");
        var dialog = new FormDialog(this, getTranslation("orgdata.units.move"),
                () -> parent.getValue() != null && run(() -> units.move(unit.unitId(), parent.getValue().unitId())));
        dialog.add(parent);
        dialog.open();
    }

    void closeDialog(UnitNode unit) {
        var date = new DatePicker(getTranslation("orgdata.units.close-date"));
        date.setValue(clock.instant().atZone(Formats.zone()).toLocalDate());
        var dialog = new FormDialog(this, getTranslation("orgdata.units.close"),
                getTranslation("orgdata.units.close-confirm"),
                () -> date.getValue() != null && run(() -> units.close(unit.unitId(), date.getValue())));
        dialog.add(new Span(unit.name()), date);
        dialog.open();
    }

    void tokenDialog(UnitNode row) {
        var dialog = new Dialog(getTranslation("orgdata.units.token-title", row.organisationName()));
        var label = new TextField(getTranslation("orgdata.units.token-label"));
        label.setValue("SCIM");
        var secret = new TextField();
        secret.setReadOnly(true);
        secret.setWidth("40rem");
        secret.setVisible(false);
        secret.setAriaLabel(getTranslation("orgdata.units.new-token"));
        var issue = new Button(getTranslation("orgdata.units.token-issue"));
        issue.addClickListener(e -> {
            secret.setValue(tokens.issue(row.organisationId(), label.getValue()));
            secret.setVisible(true);
            issue.setEnabled(false);
        });
        dialog.add(new VerticalLayout(new Paragraph(getTranslation("orgdata.units.token-text")), label, issue,
                secret));
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    /** Runs a change; shows the reason when the rules refuse it. True if it went through. */
    private boolean run(Runnable change) {
        try {
            change.run();
        } catch (UnitChangeRefused refused) {
            Feedback.error(getTranslation(refused.key()));
            return false;
        }
        tree.getDataProvider().refreshAll();
        Feedback.success(getTranslation("orgdata.units.saved"));
        return true;
    }

    record ParentChoice(@Nullable Long unitId, String label) {
    }

    /** Fetches each level of the tree only when it is opened, a page at a time. */
    static final class UnitTreeProvider extends AbstractBackEndHierarchicalDataProvider<UnitNode, Void> {

        private final UnitAdministration units;

        UnitTreeProvider(UnitAdministration units) {
            this.units = units;
        }

        @Override
        protected Stream<UnitNode> fetchChildrenFromBackEnd(HierarchicalQuery<UnitNode, Void> query) {
            return query.getParentOptional()
                    .map(parent -> units.children(parent, query.getOffset(), query.getLimit()))
                    .orElseGet(() -> units.organisationRows(query.getOffset(), query.getLimit())).stream();
        }

        @Override
        public int getChildCount(HierarchicalQuery<UnitNode, Void> query) {
            return query.getParentOptional().map(units::countChildren).orElseGet(units::countOrganisationRows);
        }

        @Override
        public boolean hasChildren(UnitNode item) {
            return item.hasChildren();
        }

        @Override
        public Object getId(UnitNode item) {
            return item.isOrganisation() ? "o" + item.organisationId() : "u" + item.unitId();
        }
    }

    /** The unit buttons wrap onto more lines on a narrow window instead of running off it. */
    private static HorizontalLayout toolbar(Button... buttons) {
        var toolbar = new HorizontalLayout(buttons);
        toolbar.addClassName("wrap-toolbar");
        toolbar.setWidthFull();
        return toolbar;
    }
}
