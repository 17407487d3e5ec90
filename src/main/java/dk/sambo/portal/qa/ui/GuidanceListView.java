package dk.sambo.portal.qa.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.organisation.TopicSummary;
import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.qa.service.GuidanceService;
import dk.sambo.portal.qa.service.GuidanceView;
import dk.sambo.portal.shared.ui.Formats;

/**
 * Agreed guidance by topic, for everyone. The strategic level (and administrators) see which guidance has passed
 * its review date and can list only those.
 */
@Route("vejledninger")
@PermitAll
@Menu(order = 16, title = "qa.nav.guidance", icon = "vaadin:book")
@StyleSheet(QaUi.STYLESHEET)
class GuidanceListView extends VerticalLayout implements HasDynamicTitle {

    private final Map<Tab, String> tabTopics = new HashMap<>();

    GuidanceListView(GuidanceService guidance, TopicService topics) {
        addClassName("qa-view");
        setSizeFull();
        var topicMap = QaUi.topics(topics);
        boolean reviewer = guidance.mayReview();
        var counts = guidance.countsByTopic();

        var tabs = new Tabs();
        tabs.addClassName("qa-topic-tabs");
        var all = new Tab(getTranslation("qa.guidance.all", counts.values().stream().mapToLong(Long::longValue).sum()));
        tabs.add(all);
        tabTopics.put(all, null);
        var topicTabs = new ArrayList<Tab>();
        for (TopicSummary topic : topics.active()) {
            var tab = new Tab(getTranslation("qa.guidance.topic", topic.name(QaUi.locale(this)),
                    counts.getOrDefault(topic.code(), 0L)));
            tabTopics.put(tab, topic.code());
            topicTabs.add(tab);
        }
        topicTabs.forEach(tabs::add);

        var dueOnly = new Checkbox(getTranslation("qa.guidance.due-only"));
        dueOnly.setVisible(reviewer);
        var grid = new Grid<GuidanceView>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS);
        grid.setPageSize(QaUi.PAGE_SIZE);
        grid.addClassName("qa-grid");
        grid.addComponentColumn(g -> card(g, topicMap, reviewer)).setKey("guidance");
        grid.setItems(query -> guidance.list(tabTopics.get(tabs.getSelectedTab()), dueOnly.getValue(),
                query.getOffset(), query.getLimit()).stream(),
                query -> (int) guidance.count(tabTopics.get(tabs.getSelectedTab()), dueOnly.getValue()));
        grid.setEmptyStateText(getTranslation("qa.guidance.empty"));
        tabs.addSelectedChangeListener(e -> grid.getDataProvider().refreshAll());
        dueOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var header = new Div(new H1(getTranslation("qa.guidance.title")));
        header.addClassName("qa-header");
        add(header, new Paragraph(getTranslation("qa.guidance.intro")), tabs, dueOnly, grid);
        if (reviewer) {
            long due = guidance.count(null, true);
            if (due > 0) {
                var flag = new Paragraph(getTranslation("qa.guidance.due-summary", due));
                flag.addClassName("qa-review-flag");
                addComponentAtIndex(2, flag);
            }
        }
        setFlexGrow(1, grid);
    }

    private Component card(GuidanceView g, Map<String, TopicSummary> topicMap, boolean reviewer) {
        var card = new Div();
        card.addClassName("qa-card");
        var title = new Anchor(GuidancePage.link(g.id()), g.title().isEmpty() ? getTranslation("qa.redacted.text")
                : g.title());
        title.addClassName("qa-card-title");
        var head = new Div(title);
        head.addClassName("qa-card-head");
        if (reviewer && g.dueForReview()) {
            head.add(QaUi.badge(getTranslation("qa.guidance.review-due"), "overdue"));
        }
        card.add(head);
        var meta = new Div(new Span(QaUi.topicName(this, topicMap, g.topicCode())),
                new Span(getTranslation("qa.guidance.review-date", Formats.date(g.reviewDate(), QaUi.locale(this)))));
        if (g.clusterName() != null) {
            meta.add(new Span(g.clusterName()));
        }
        if (!g.organisationNames().isEmpty()) {
            meta.add(new Span(getTranslation("qa.guidance.agreed-with", String.join(", ", g.organisationNames()))));
        }
        meta.addClassName("qa-meta");
        card.add(meta);
        var excerpt = new Paragraph(g.body().length() > 220 ? g.body().substring(0, 220) + " …" : g.body());
        excerpt.addClassName("qa-snippet");
        card.add(excerpt);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("qa.guidance.title");
    }
}
