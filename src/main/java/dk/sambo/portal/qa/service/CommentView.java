package dk.sambo.portal.qa.service;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A comment, follow-up or reopening reason. */
public record CommentView(long id, PersonRef author, boolean reopening, String body, Instant createdAt,
        boolean hidden, @Nullable String hiddenReason, boolean redacted) {
}
