package dk.sambo.portal.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.notification.Notification;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.training.domain.CalendarFilter;
import dk.sambo.portal.training.domain.TrainingCalendar;
import dk.sambo.portal.training.domain.TrainingLog;

/**
 * Issue 10: a CPR number typed into the training forms marks every field it stands in, inline and at once (no
 * toast over the form), and nothing is saved until it is gone.
 */
class TrainingPatientDataInlineTest extends KaribuTest {

    @Autowired
    TrainingCalendar calendar;
    @Autowired
    TrainingLog log;

    @Test
    void the_session_form_marks_every_field_with_a_cpr_number_and_creates_nothing() {
        login("kulturbaerer");
        navigate("kalender/rediger");
        var form = _get(SessionFormView.class);
        form.title.setValue("Praksistræning om 01.02.85-1234");
        form.description.setValue("Vi gennemgår forløbet for 0 1 0 2 8 5 1 2 3 4, tlf. 76 63 30 00.");
        form.place.setValue("Mødelokalet 010285/1234");
        form.onlineLink.setValue("");
        _click(form.save);

        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).contains("CPR-nummer").contains("01.02.85-••••");
        assertThat(form.description.isInvalid()).isTrue();
        assertThat(form.description.getErrorMessage()).contains("CPR-nummer");
        assertThat(form.place.isInvalid()).isTrue();
        assertThat(form.onlineLink.isInvalid()).isFalse();
        assertThat(_find(Notification.class)).as("no toast covers the form").isEmpty();
        assertThat(_find(SessionFormView.class)).hasSize(1);
        assertThat(sessionsCalled("Praksistræning på morgenmødet")).isZero();

        form.title.setValue("Praksistræning på morgenmødet");
        assertThat(form.title.isInvalid()).as("the mark goes with the number").isFalse();
        form.description.setValue("Vi gennemgår et forløb, tlf. 76 63 30 00.");
        form.place.setValue("Mødelokalet");
        _click(form.save);
        assertThat(_find(SessionView.class)).hasSize(1);
        assertThat(sessionsCalled("Praksistræning på morgenmødet")).isOne();
    }

    private long sessionsCalled(String title) {
        var now = clock.instant();
        return calendar.calendar(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(60)), CalendarFilter.ALL)
                .stream().filter(e -> e.title().equals(title)).count();
    }

    @Test
    void the_training_log_marks_the_note_with_a_cpr_number_and_logs_nothing() {
        login("kulturbaerer");
        navigate("traeningslog");
        var view = _get(TrainingLogView.class);
        long before = log.countForMyUnits();
        view.headCount.setValue(4);
        view.note.setValue("Gennemgik udskrivelsen af 01O285-1234");
        _click(view.save);

        assertThat(view.note.isInvalid()).isTrue();
        assertThat(view.note.getErrorMessage()).contains("CPR-nummer");
        assertThat(_find(Notification.class)).as("no toast covers the form").isEmpty();
        assertThat(log.countForMyUnits()).isEqualTo(before);

        view.note.setValue("Gennemgik en udskrivelse");
        assertThat(view.note.isInvalid()).isFalse();
        _click(view.save);
        assertThat(log.countForMyUnits()).isEqualTo(before + 1);
    }
}
