package dk.sambo.portal.qa.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.qa.service.QuestionLists;
import dk.sambo.portal.qa.service.QuestionRow;

/**
 * The culture bearer's queue "Til besvarelse": questions routed to them by unit and topic, overdue first. A second
 * choice shows answered questions still waiting for the asker to accept.
 */
@Route("til-besvarelse")
@RolesAllowed("CULTURE_BEARER")
@Menu(order = 12, title = "qa.nav.queue", icon = "vaadin:inbox")
@StyleSheet(QaUi.STYLESHEET)
class QueueView extends VerticalLayout implements HasDynamicTitle {

    QueueView(QuestionLists questions, TopicService topics, QaLiveUpdate live) {
        addClassName("qa-view");
        setSizeFull();
        var topicMap = QaUi.topics(topics);
        var summary = new Paragraph(getTranslation("qa.queue.summary", questions.countQueue(QuestionStatus.OPEN),
                questions.countQueueOverdue()));
        summary.addClassName("qa-queue-summary");
        var which = new Select<QuestionStatus>();
        which.setLabel(getTranslation("qa.queue.show"));
        which.setItems(QuestionStatus.OPEN, QuestionStatus.ANSWERED);
        which.setItemLabelGenerator(s -> getTranslation("qa.queue.show." + s.name()));
        which.setValue(QuestionStatus.OPEN);
        var grid = new Grid<QuestionRow>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS);
        grid.setPageSize(QaUi.PAGE_SIZE);
        grid.addClassName("qa-grid");
        grid.addComponentColumn(row -> QuestionCard.of(this, row, topicMap)).setKey("question");
        grid.setItems(query -> questions.queue(which.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) questions.countQueue(which.getValue()));
        grid.setEmptyStateText(getTranslation("qa.queue.empty"));
        which.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H1(getTranslation("qa.queue.title")), new Paragraph(getTranslation("qa.queue.intro")), summary, which,
                grid);
        setFlexGrow(1, grid);
        live.keepCurrent(this, () -> {
            summary.setText(getTranslation("qa.queue.summary", questions.countQueue(QuestionStatus.OPEN),
                    questions.countQueueOverdue()));
            grid.getDataProvider().refreshAll();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("qa.queue.title");
    }
}
