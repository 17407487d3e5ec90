package dk.sambo.portal.qa.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.qa.service.QuestionLists;
import dk.sambo.portal.qa.service.QuestionRow;

/** The person's own questions, latest activity first, with their status and answers at a glance. */
@Route("mine-spoergsmaal")
@PermitAll
@Menu(order = 11, title = "qa.nav.mine", icon = "vaadin:user-card")
@StyleSheet(QaUi.STYLESHEET)
class MyQuestionsView extends VerticalLayout implements HasDynamicTitle {

    MyQuestionsView(QuestionLists questions, TopicService topics) {
        addClassName("qa-view");
        setSizeFull();
        var topicMap = QaUi.topics(topics);
        var ask = new Button(getTranslation("qa.action.ask"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(AskView.class)));
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.setVisible(questions.mayWrite());
        var header = new Div(new H1(getTranslation("qa.mine.title")), ask);
        header.addClassName("qa-header");
        var grid = new Grid<QuestionRow>();
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS);
        grid.setPageSize(QaUi.PAGE_SIZE);
        grid.addClassName("qa-grid");
        grid.addComponentColumn(row -> QuestionCard.of(this, row, topicMap)).setKey("question");
        grid.setItems(query -> questions.mine(query.getOffset(), query.getLimit()).stream(),
                query -> (int) questions.countMine());
        grid.setEmptyStateText(getTranslation("qa.mine.empty"));
        add(header, new Paragraph(getTranslation("qa.mine.intro")), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("qa.mine.title");
    }
}
