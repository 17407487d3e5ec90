package dk.sambo.portal.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.LogCapture;
import dk.sambo.portal.training.domain.CalendarFiles;

/**
 * Issue 9: after "Opret kalenderlink" "Min træning" showed the error page on every visit (Vaadin refused the
 * webcal:// link) and the log got the secret feed address. The page must work after every token action, and the
 * token must never be logged.
 */
class CalendarLinkPageTest extends KaribuTest {

    @Autowired
    CalendarFiles files;

    private LogCapture log;

    @BeforeEach
    void capture() {
        log = new LogCapture();
    }

    @AfterEach
    void release() {
        log.close();
    }

    @Test
    void my_training_keeps_working_after_creating_renewing_and_revoking_the_calendar_link() {
        login("hjemmehjaelper");
        if (files.hasSubscription()) {
            files.revokeMySubscription();
        }
        navigate("min-traening");
        _click(_get(Button.class, s -> s.withClasses("create-subscription")));
        var first = linkShown();
        assertThat(first).matches("https?://.*/ical/[^/]+\\.ics");
        assertThat(_get(Anchor.class, s -> s.withClasses("open-subscription")).getHref())
                .isEqualTo(first.replaceFirst("^https?://", "webcal://"));
        _get(Button.class, s -> s.withClasses("copy-subscription"));
        revisit();
        assertThat(linkShown()).as("the same link on the next visit").isEqualTo(first);

        _click(_get(Button.class, s -> s.withClasses("renew-subscription")));
        var renewed = linkShown();
        assertThat(renewed).isNotEqualTo(first);
        revisit();
        assertThat(linkShown()).isEqualTo(renewed);

        _click(_get(Button.class, s -> s.withClasses("revoke-subscription")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_find(TextField.class, s -> s.withClasses("subscription-url"))).isEmpty();
        revisit();
        assertThat(_find(Button.class, s -> s.withClasses("create-subscription"))).hasSize(1);

        assertThat(log.errors()).isEmpty();
        var token = renewed.substring(renewed.lastIndexOf('/') + 1, renewed.length() - ".ics".length());
        var firstToken = first.substring(first.lastIndexOf('/') + 1, first.length() - ".ics".length());
        assertThat(log.text()).doesNotContain(token).doesNotContain(firstToken);
    }

    private void revisit() {
        navigate("");
        navigate("min-traening");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MyTrainingView.class);
    }

    private static String linkShown() {
        return _get(TextField.class, s -> s.withClasses("subscription-url")).getValue();
    }
}
