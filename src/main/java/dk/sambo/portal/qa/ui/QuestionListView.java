package dk.sambo.portal.qa.ui;

import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.organisation.OrganisationSummary;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.Sector;
import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.qa.domain.FollowKind;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.qa.search.QuestionSearch;
import dk.sambo.portal.qa.search.SearchCriteria;
import dk.sambo.portal.qa.service.Follows;
import dk.sambo.portal.qa.service.QuestionLists;
import dk.sambo.portal.qa.service.QuestionRow;

/**
 * All doubt questions: Danish full-text search with highlighted snippets, filters and two orders, paged lazily
 * from the search index. {@code ?q=} and {@code ?emne=} in the address preset the search.
 */
@Route(QaUi.QUESTION_ROUTE)
@PermitAll
@Menu(order = 10, title = "qa.nav.questions", icon = "vaadin:question-circle-o")
@StyleSheet(QaUi.STYLESHEET)
class QuestionListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The status filter, with "overdue" beside the three statuses. */
    enum StatusFilter {
        ALL, OPEN, OVERDUE, ANSWERED, RESOLVED
    }

    private final QuestionSearch search;
    private final Follows follows;
    private final Button followTopic = new Button();
    private final TextField text = new TextField();
    private final Select<String> topic = new Select<>();
    private final Select<StatusFilter> status = new Select<>();
    private final Select<Sector> sector = new Select<>();
    private final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    private final Checkbox mine = new Checkbox();
    private final Checkbox followed = new Checkbox();
    private final Select<SearchCriteria.Order> order = new Select<>();
    private final Span count = new Span();
    private final Grid<QuestionRow> grid = new Grid<>();

    QuestionListView(QuestionSearch search, Follows follows, TopicService topics, OrganisationService organisations,
            QuestionLists questions) {
        this.search = search;
        this.follows = follows;
        addClassName("qa-view");
        setSizeFull();
        var topicMap = QaUi.topics(topics);

        var ask = new Button(getTranslation("qa.action.ask"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(AskView.class)));
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // The read-only political level reads questions but does not ask.
        ask.setVisible(questions.mayWrite());
        var header = new Div(new H1(getTranslation("qa.list.title")), ask);
        header.addClassName("qa-header");

        text.setPlaceholder(getTranslation("qa.list.search"));
        text.setAriaLabel(getTranslation("qa.list.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(300);
        text.addClassName("qa-search");
        text.setMaxLength(SearchCriteria.TEXT_MAX);

        topic.setLabel(getTranslation("qa.field.topic"));
        var topicCodes = new java.util.ArrayList<String>();
        topicCodes.add("");
        topics.active().forEach(t -> topicCodes.add(t.code()));
        topic.setItems(topicCodes);
        topic.setItemLabelGenerator(code -> code.isEmpty() ? getTranslation("qa.filter.all-topics")
                : QaUi.topicName(this, topicMap, code));
        topic.setValue("");

        status.setLabel(getTranslation("qa.filter.status"));
        status.setItems(StatusFilter.values());
        status.setItemLabelGenerator(s -> getTranslation("qa.filter.status." + s.name()));
        status.setValue(StatusFilter.ALL);

        sector.setLabel(getTranslation("qa.filter.sector"));
        sector.setItems(Sector.values());
        sector.setEmptySelectionAllowed(true);
        sector.setEmptySelectionCaption(getTranslation("qa.filter.all-sectors"));
        sector.setItemLabelGenerator(s -> s == null ? getTranslation("qa.filter.all-sectors")
                : getTranslation("qa.sector." + s.name()));

        organisation.setLabel(getTranslation("qa.filter.organisation"));
        organisation.setItems(organisations.organisations());
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setClearButtonVisible(true);
        organisation.setPlaceholder(getTranslation("qa.filter.all-organisations"));

        mine.setLabel(getTranslation("qa.filter.mine"));
        followed.setLabel(getTranslation("qa.filter.followed"));

        order.setLabel(getTranslation("qa.filter.order"));
        order.setItems(SearchCriteria.Order.values());
        order.setItemLabelGenerator(o -> getTranslation("qa.order." + o.name()));
        order.setValue(SearchCriteria.Order.RELEVANCE);

        // Following a topic brings new questions in it to the bell (and e-mail), as in the settings page.
        followTopic.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        followTopic.addClassName("qa-follow-topic");
        followTopic.addClickListener(e -> {
            var code = topic.getValue();
            if (follows.isFollowing(FollowKind.TOPIC, code)) {
                follows.unfollow(FollowKind.TOPIC, code);
            } else {
                follows.follow(FollowKind.TOPIC, code);
            }
            updateFollowTopic();
        });
        updateFollowTopic();
        topic.addValueChangeListener(e -> updateFollowTopic());

        var filters = new Div(topic, followTopic, status, sector, organisation, order, mine, followed);
        filters.addClassName("qa-filters");

        count.addClassName("qa-count");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_NO_ROW_BORDERS);
        grid.setPageSize(QaUi.PAGE_SIZE);
        grid.addClassName("qa-grid");
        grid.addComponentColumn(row -> QuestionCard.of(this, row, topicMap)).setKey("question");
        grid.setItems(query -> search.search(criteria(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, search.count(criteria())));
        grid.setEmptyStateText(getTranslation("qa.list.empty"));

        text.addValueChangeListener(e -> {
            // maxLength stops typing and pasting in the browser; a longer ?q= or request is searched shortened.
            text.setHelperText(e.getValue().strip().length() > SearchCriteria.TEXT_MAX
                    ? getTranslation("qa.list.search-too-long", SearchCriteria.TEXT_MAX) : null);
            refresh();
        });
        topic.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        sector.addValueChangeListener(e -> refresh());
        organisation.addValueChangeListener(e -> refresh());
        mine.addValueChangeListener(e -> refresh());
        followed.addValueChangeListener(e -> refresh());
        order.addValueChangeListener(e -> refresh());

        add(header, text, filters, count, grid);
        setFlexGrow(1, grid);
        updateCount();
    }

    SearchCriteria criteria() {
        var statusValue = status.getValue();
        QuestionStatus questionStatus = switch (statusValue == null ? StatusFilter.ALL : statusValue) {
            case OPEN -> QuestionStatus.OPEN;
            case ANSWERED -> QuestionStatus.ANSWERED;
            case RESOLVED -> QuestionStatus.RESOLVED;
            case ALL, OVERDUE -> null;
        };
        var chosenOrder = order.getValue() == null ? SearchCriteria.Order.RELEVANCE : order.getValue();
        if (chosenOrder == SearchCriteria.Order.RELEVANCE && text.getValue().isBlank()) {
            chosenOrder = SearchCriteria.Order.NEWEST;
        }
        return new SearchCriteria(text.getValue(), topic.getValue() == null || topic.getValue().isEmpty() ? null
                : topic.getValue(), questionStatus, statusValue == StatusFilter.OVERDUE, sector.getValue(),
                organisation.getValue() == null ? null : organisation.getValue().id(), mine.getValue(),
                followed.getValue(), chosenOrder);
    }

    private void updateFollowTopic() {
        var code = topic.getValue();
        followTopic.setVisible(code != null && !code.isEmpty());
        if (followTopic.isVisible()) {
            boolean following = follows.isFollowing(FollowKind.TOPIC, code);
            followTopic.setText(getTranslation(following ? "qa.action.unfollow-topic" : "qa.action.follow-topic"));
            followTopic.setIcon((following ? VaadinIcon.BELL_SLASH : VaadinIcon.BELL).create());
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(getTranslation("qa.list.count", search.count(criteria())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        parameters.getOrDefault("q", List.of()).stream().findFirst().ifPresent(text::setValue);
        parameters.getOrDefault("emne", List.of()).stream().findFirst().ifPresent(topic::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("qa.list.title");
    }
}
