package dk.sambo.portal.qa.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.qa.service.FollowUp;
import dk.sambo.portal.qa.service.GeneralQuestions;
import dk.sambo.portal.qa.service.QuestionRow;

/**
 * The cluster's follow-up (implementing and strategic level): open questions past their response time, escalated
 * to the cluster, and the general questions lifted to the strategic level. Only the clusters the person covers.
 */
@Route("klynge/opfoelgning")
@RolesAllowed({"IMPLEMENTING", "STRATEGIC", "ADMIN"})
@Menu(order = 14, title = "qa.nav.follow-up", icon = "vaadin:alarm")
@StyleSheet(QaUi.STYLESHEET)
class FollowUpView extends VerticalLayout implements HasDynamicTitle {

    FollowUpView(FollowUp followUp, GeneralQuestions general, TopicService topics) {
        addClassName("qa-view");
        setSizeFull();
        var topicMap = QaUi.topics(topics);
        var clusters = followUp.myClusters();
        var cluster = new Select<FollowUp.ClusterChoice>();
        cluster.setLabel(getTranslation("qa.follow-up.cluster"));
        cluster.setItems(clusters);
        cluster.setItemLabelGenerator(c -> c == null ? getTranslation("qa.follow-up.all-clusters") : c.name());
        cluster.setEmptySelectionAllowed(clusters.size() > 1);
        cluster.setEmptySelectionCaption(getTranslation("qa.follow-up.all-clusters"));
        if (clusters.size() == 1) {
            cluster.setValue(clusters.getFirst());
        }

        var overdue = new Grid<QuestionRow>();
        overdue.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS);
        overdue.setPageSize(QaUi.PAGE_SIZE);
        overdue.addClassName("qa-grid");
        overdue.addComponentColumn(row -> QuestionCard.of(this, row, topicMap)).setKey("question");
        overdue.setItems(query -> followUp.overdue(id(cluster), query.getOffset(), query.getLimit()).stream(),
                query -> (int) followUp.countOverdue(id(cluster)));
        overdue.setEmptyStateText(getTranslation("qa.follow-up.overdue.empty"));

        var undecidedOnly = new Checkbox(getTranslation("qa.follow-up.undecided-only"));
        var generalGrid = new Grid<QuestionRow>();
        generalGrid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS);
        generalGrid.setPageSize(QaUi.PAGE_SIZE);
        generalGrid.addClassName("qa-grid");
        generalGrid.addComponentColumn(row -> QuestionCard.of(this, row, topicMap)).setKey("question");
        generalGrid.setItems(query -> general.list(id(cluster), undecidedOnly.getValue(), query.getOffset(),
                query.getLimit()).stream(), query -> (int) general.count(id(cluster), undecidedOnly.getValue()));
        generalGrid.setEmptyStateText(getTranslation("qa.follow-up.general.empty"));
        var generalTab = new VerticalLayout(undecidedOnly, generalGrid);
        generalTab.setPadding(false);
        generalTab.setSizeFull();

        var tabs = new TabSheet();
        tabs.setSizeFull();
        var overdueTab = tabs.add(getTranslation("qa.follow-up.overdue", followUp.countOverdue(id(cluster))), overdue);
        var generalTabHead = tabs.add(getTranslation("qa.follow-up.general", general.count(id(cluster), true)),
                generalTab);
        Runnable refresh = () -> {
            overdue.getDataProvider().refreshAll();
            generalGrid.getDataProvider().refreshAll();
            overdueTab.setLabel(getTranslation("qa.follow-up.overdue", followUp.countOverdue(id(cluster))));
            generalTabHead.setLabel(getTranslation("qa.follow-up.general", general.count(id(cluster), true)));
        };
        cluster.addValueChangeListener(e -> refresh.run());
        undecidedOnly.addValueChangeListener(e -> generalGrid.getDataProvider().refreshAll());
        add(new H1(getTranslation("qa.follow-up.title")), new Paragraph(getTranslation("qa.follow-up.intro")),
                cluster, tabs);
        setFlexGrow(1, tabs);
    }

    private static Long id(Select<FollowUp.ClusterChoice> cluster) {
        return cluster.getValue() == null ? null : cluster.getValue().id();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("qa.follow-up.title");
    }
}
