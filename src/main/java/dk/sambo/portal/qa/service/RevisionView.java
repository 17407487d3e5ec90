package dk.sambo.portal.qa.service;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The text a post had before one edit, who replaced it and when. */
public record RevisionView(@Nullable String title, String body, PersonRef editedBy, Instant editedAt,
        boolean redacted) {
}
