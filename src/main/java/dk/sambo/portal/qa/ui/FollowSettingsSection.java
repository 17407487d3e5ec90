package dk.sambo.portal.qa.ui;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import dk.sambo.portal.notification.NotificationSettingsSection;
import dk.sambo.portal.organisation.TopicSummary;
import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.qa.domain.FollowKind;
import dk.sambo.portal.qa.service.Follows;
import dk.sambo.portal.qa.service.QuestionLists;

/** On the notification settings page: the topics, tags and questions the person follows. */
@Component
class FollowSettingsSection implements NotificationSettingsSection {

    private final Follows follows;
    private final TopicService topics;
    private final QuestionLists questions;

    FollowSettingsSection(Follows follows, TopicService topics, QuestionLists questions) {
        this.follows = follows;
        this.topics = topics;
        this.questions = questions;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new Section();
    }

    @Override
    public int order() {
        return 10;
    }

    @com.vaadin.flow.component.dependency.StyleSheet(QaUi.STYLESHEET)
    class Section extends Div {

        Section() {
            addClassName("settings-card");
            add(new H2(getTranslation("qa.follows.title")), new Paragraph(getTranslation("qa.follows.intro")));

            var topicBox = new CheckboxGroup<TopicSummary>(getTranslation("qa.follows.topics"));
            topicBox.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            var active = topics.active();
            topicBox.setItems(active);
            topicBox.setItemLabelGenerator(t -> t.name(getLocale() == null ? Locale.of("da") : getLocale()));
            var followedTopics = new HashSet<>(follows.mine(FollowKind.TOPIC));
            topicBox.setValue(new HashSet<>(active.stream().filter(t -> followedTopics.contains(t.code())).toList()));
            topicBox.addValueChangeListener(e -> {
                e.getValue().stream().filter(t -> !e.getOldValue().contains(t))
                        .forEach(t -> follows.follow(FollowKind.TOPIC, t.code()));
                e.getOldValue().stream().filter(t -> !e.getValue().contains(t))
                        .forEach(t -> follows.unfollow(FollowKind.TOPIC, t.code()));
            });
            add(topicBox);

            var tags = new MultiSelectComboBox<String>(getTranslation("qa.follows.tags"));
            tags.setHelperText(getTranslation("qa.follows.tags.help"));
            tags.setAllowCustomValue(true);
            tags.setWidthFull();
            var items = new LinkedHashSet<>(follows.mine(FollowKind.TAG));
            items.addAll(questions.popularTags(30));
            tags.setItems(items);
            tags.setValue(new LinkedHashSet<>(follows.mine(FollowKind.TAG)));
            tags.addCustomValueSetListener(e -> {
                follows.follow(FollowKind.TAG, e.getDetail());
                var current = new LinkedHashSet<>(follows.mine(FollowKind.TAG));
                items.addAll(current);
                tags.setItems(items);
                tags.setValue(current);
            });
            tags.addValueChangeListener(e -> {
                e.getValue().stream().filter(t -> !e.getOldValue().contains(t))
                        .forEach(t -> follows.follow(FollowKind.TAG, t));
                e.getOldValue().stream().filter(t -> !e.getValue().contains(t))
                        .forEach(t -> follows.unfollow(FollowKind.TAG, t));
            });
            add(tags);

            var questionList = new Div();
            questionList.addClassName("qa-followed-questions");
            fillQuestions(questionList);
            add(questionList);
        }

        private void fillQuestions(Div list) {
            list.removeAll();
            var followed = follows.myQuestions();
            list.add(new Paragraph(getTranslation("qa.follows.questions", followed.size())));
            for (var q : followed) {
                var unfollow = new Button(getTranslation("qa.action.unfollow"), e -> {
                    follows.unfollow(FollowKind.QUESTION, Long.toString(q.id()));
                    fillQuestions(list);
                });
                unfollow.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                var line = new Div(new Anchor(QaUi.questionLink(q.id()), q.title().isEmpty()
                        ? getTranslation("qa.redacted.title", q.id()) : q.title()), unfollow);
                line.addClassName("qa-followed-question");
                list.add(line);
            }
        }
    }
}
