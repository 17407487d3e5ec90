package dk.sambo.portal.qa.service;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An answer as the reader sees it. A hidden answer's text is empty for readers who may not see it. */
public record AnswerView(long id, long version, PersonRef author, boolean byCultureBearer, String body,
        Instant createdAt, @Nullable Instant editedAt, boolean hasHistory, int usefulCount, boolean markedUseful,
        boolean accepted, boolean hidden, @Nullable String hiddenReason, boolean redacted, boolean mine,
        List<CommentView> comments) {
}
