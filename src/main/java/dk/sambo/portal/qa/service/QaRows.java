package dk.sambo.portal.qa.service;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.qa.domain.GuidanceRepository;
import dk.sambo.portal.qa.domain.Question;
import dk.sambo.portal.qa.domain.QuestionStatus;

/** Turns questions into list rows: names looked up once per list, guidance flags in one query. */
@Component
public class QaRows {

    private final GuidanceRepository guidance;
    private final QaDirectory directory;
    private final QaClock clock;

    public QaRows(GuidanceRepository guidance, QaDirectory directory, QaClock clock) {
        this.guidance = guidance;
        this.directory = directory;
        this.clock = clock;
    }

    /** A page of a list: Vaadin's lazy grids ask with offsets that are multiples of the page size. */
    public static PageRequest page(int offset, int limit) {
        return PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit));
    }

    public List<QuestionRow> of(List<Question> questions) {
        return of(questions, Map.of());
    }

    /** With highlighted title and snippet per question id, from a search. */
    public List<QuestionRow> of(List<Question> questions, Map<Long, Highlight> highlights) {
        if (questions.isEmpty()) {
            return List.of();
        }
        var ids = questions.stream().map(Question::id).toList();
        Set<Long> withGuidance = new HashSet<>(guidance.findQuestionIdsWithGuidance(ids));
        var lookup = directory.lookup();
        var now = clock.now();
        return questions.stream().map(q -> {
            var unit = lookup.unit(q.getUnitId());
            var highlight = highlights.get(q.id());
            var titleHtml = highlight != null && highlight.title() != null ? QaText.highlightHtml(highlight.title())
                    : QaText.escape(q.getTitle());
            String snippet;
            if (highlight != null && highlight.snippet() != null) {
                snippet = QaText.highlightHtml(highlight.snippet());
            } else {
                snippet = q.getBody().isEmpty() ? null : QaText.escape(QaText.excerpt(q.getBody(), 180));
            }
            return new QuestionRow(q.id(), q.getTitle(), titleHtml, snippet, q.getStatus(), q.getTopicCode(),
                    List.copyOf(q.getTags()), q.getAskedAt(), q.getDueAt(), q.isOverdue(now),
                    q.getEscalatedAt() != null && q.getStatus() == QuestionStatus.OPEN, q.getAnswerCount(),
                    q.getGeneralRaisedAt() != null, q.getDecidedAt() != null, withGuidance.contains(q.id()),
                    q.isHidden(), q.isRedacted(), unit.map(UnitSummary::name).orElse(null),
                    unit.map(UnitSummary::organisationName).orElse(null));
        }).toList();
    }

    /** Highlighted fragments from the index, marks still as control characters. */
    public record Highlight(@Nullable String title, @Nullable String snippet) {
    }
}
