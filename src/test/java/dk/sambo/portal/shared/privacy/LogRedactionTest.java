package dk.sambo.portal.shared.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class LogRedactionTest {

    private static final String TOKEN = "Zk3qv9dLr2xWm8PbT1cYh5nGs7aQe4uJ";

    @Test
    void a_feed_token_in_an_exception_chain_is_replaced_but_classes_and_frames_stay() {
        var cause = new IllegalArgumentException("The href \"webcal://localhost:8080/ical/" + TOKEN
                + ".ics\" uses a scheme that is not considered safe.");
        var error = new IllegalStateException("wrapped", cause);
        var redacted = LogRedaction.redacted(error);
        var printed = new StringWriter();
        redacted.printStackTrace(new PrintWriter(printed));
        assertThat(printed.toString()).doesNotContain(TOKEN).contains("/ical/***")
                .contains("java.lang.IllegalArgumentException").contains("java.lang.IllegalStateException: wrapped")
                .contains("LogRedactionTest");
    }

    @Test
    void text_without_a_token_is_left_alone() {
        assertThat(LogRedaction.redact("/kalender/aktivitet/12")).isEqualTo("/kalender/aktivitet/12");
        assertThat(LogRedaction.redact("/ical/" + TOKEN + ".ics")).isEqualTo("/ical/***.ics");
    }
}
