package dk.sambo.portal.qa;

import java.util.List;

import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.qa.service.QuestionDraft;

/** Small helpers the doubt-question tests share. */
public final class QaTestSupport {

    private QaTestSupport() {
    }

    public static void as(UserDetailsService users, String username) {
        AuthenticatedAs.login(users, username);
    }

    public static QuestionDraft draft(String title, String body, String topic, String... tags) {
        return new QuestionDraft(title, body, topic, List.of(tags), null, null);
    }
}
