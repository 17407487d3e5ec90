package dk.sambo.portal.qa;

import java.util.List;

import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;

/** Small helpers the doubt-question tests share. */
final class QaTestSupport {

    private QaTestSupport() {
    }

    static void as(UserDetailsService users, String username) {
        AuthenticatedAs.login(users, username);
    }

    static QuestionDraft draft(String title, String body, String topic, String... tags) {
        return new QuestionDraft(title, body, topic, List.of(tags), null, null);
    }
}
