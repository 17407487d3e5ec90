package dk.sambo.portal.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.TopicSummary;
import dk.sambo.portal.qa.domain.FollowKind;
import dk.sambo.portal.qa.service.Follows;
import dk.sambo.portal.security.ui.LoginView;

/** The person's own notification settings; in this context no mail server is configured. */
class NotificationSettingsViewTest extends KaribuTest {

    @Autowired
    NotificationSettings settings;
    @Autowired
    Notifications notifications;
    @Autowired
    Follows follows;
    @Autowired
    CurrentPerson currentPerson;

    @Test
    void anonymous_visitor_is_sent_to_the_login_page() {
        navigate("indstillinger/notifikationer");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void a_person_chooses_the_daily_digest_and_follows_a_topic() {
        login("hjemmehjaelper");
        navigate("indstillinger/notifikationer");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<EmailMode> mode = _get(RadioButtonGroup.class);
        assertThat(mode.getValue()).isEqualTo(EmailMode.IMMEDIATE);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Denne installation sender ikke e-mail endnu"))
                .anyMatch(t -> t.contains("@kolding-kommune.example"));
        mode.setValue(EmailMode.DAILY_DIGEST);
        assertThat(settings.myEmailMode()).isEqualTo(EmailMode.DAILY_DIGEST);

        @SuppressWarnings("unchecked")
        CheckboxGroup<TopicSummary> topics = _get(CheckboxGroup.class);
        var emergency = topics.getListDataView().getItems().filter(t -> t.code().equals("EMERGENCY"))
                .findFirst().orElseThrow();
        topics.setValue(Set.of(emergency));
        assertThat(follows.mine(FollowKind.TOPIC)).containsExactly("EMERGENCY");
        topics.setValue(Set.of());
        assertThat(follows.mine(FollowKind.TOPIC)).isEmpty();
        settings.setMyEmailMode(EmailMode.IMMEDIATE);
    }

    @Test
    void without_mail_settings_nothing_is_sent_and_nothing_fails() {
        login("sygehus");
        assertThat(settings.mailConfigured()).isFalse();
        notifications.send(currentPerson.requireId(), "notification.title", List.of(), null, null, null);
        assertThat(notifications.mine(1).getFirst().getEmailedAt()).isNull();
    }
}
