package dk.sambo.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.shared.RuleViolation;

class FeedbackTest extends KaribuTest {

    @Test
    void every_broken_rule_marks_its_own_field_at_once_and_the_rest_is_one_toast() {
        var title = new TextField("Titel");
        var place = new TextField("Sted");
        var ui = UI.getCurrent();

        var saved = Feedback.attempt(ui, () -> {
            throw RuleViolation.collect()
                    .add("title", "error.access-denied")
                    .add("place", "error.conflict")
                    .add(null, "error.text-too-long")
                    .toViolation();
        }, Map.of("title", title, "place", place));

        assertThat(saved).isFalse();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo(ui.getTranslation("error.access-denied"));
        assertThat(place.isInvalid()).isTrue();
        assertThat(place.getErrorMessage()).isEqualTo(ui.getTranslation("error.conflict"));
        NotificationsKt.expectNotifications(ui.getTranslation("error.text-too-long"));
    }

    @Test
    void a_later_attempt_clears_the_marks_of_the_earlier_one() {
        var title = new TextField("Titel");
        var ui = UI.getCurrent();
        Feedback.attempt(ui, () -> {
            throw RuleViolation.of("title", "error.conflict");
        }, Map.of("title", title));
        assertThat(title.isInvalid()).isTrue();

        var saved = Feedback.attempt(ui, () -> { }, Map.of("title", title));

        assertThat(saved).isTrue();
        assertThat(title.isInvalid()).isFalse();
    }

    @Test
    void a_cpr_number_marks_the_field_before_the_service_is_asked() {
        var note = new TextField("Note");
        note.setValue("Borger 010285-1234 ringede");
        var asked = new boolean[1];

        var saved = Feedback.attempt(UI.getCurrent(), () -> asked[0] = true, Map.of("note", note));

        assertThat(saved).isFalse();
        assertThat(asked[0]).isFalse();
        assertThat(note.isInvalid()).isTrue();
    }

    @Test
    void only_the_newest_error_toast_stays_open_so_errors_never_pile_up_over_the_form() {
        Feedback.error("første");
        Feedback.error("anden");
        Feedback.error("tredje");

        NotificationsKt.expectNotifications("tredje");
    }

    @Test
    void an_unexpected_error_is_told_with_an_error_id_and_a_rule_in_the_persons_words() {
        var ui = UI.getCurrent();
        assertThat(Feedback.explain(ui, new IllegalStateException("boom")))
                .startsWith(ui.getTranslation("error.notification", "").substring(0, 10));
        assertThat(Feedback.explain(ui, new RuntimeException(new RuleViolation("error.conflict"))))
                .isEqualTo(ui.getTranslation("error.conflict"));
    }

    @Test
    void a_collector_without_problems_lets_the_request_through_and_one_without_any_rule_is_refused() {
        RuleViolation.collect().when(false, "title", "error.conflict").throwIfAny();
        assertThatThrownBy(() -> new RuleViolation(java.util.List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
