package dk.sambo.portal.qa.service;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.qa.domain.QuestionRepository;
import dk.sambo.portal.qa.domain.QuestionStatus;

/**
 * The reader's own lists: the questions they asked, a culture bearer's queue, the popular tags, and whether they
 * may write at all. Lazy grids page through them with the counts.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class QuestionLists {

    private final QuestionRepository questions;
    private final QaRows rows;
    private final QaAccess access;
    private final QaClock clock;

    QuestionLists(QuestionRepository questions, QaRows rows, QaAccess access, QaClock clock) {
        this.questions = questions;
        this.rows = rows;
        this.access = access;
        this.clock = clock;
    }

    /** The logged-in person's own questions, latest activity first. */
    public List<QuestionRow> mine(int offset, int limit) {
        return rows.of(questions.findByAsker(access.me(), QaRows.page(offset, limit)));
    }

    public long countMine() {
        return questions.countByAskerId(access.me());
    }

    /** A culture bearer's queue ("Til besvarelse"): questions routed to them, overdue first. */
    @PreAuthorize("hasRole('CULTURE_BEARER')")
    public List<QuestionRow> queue(QuestionStatus status, int offset, int limit) {
        return rows.of(questions.findQueue(access.me(), status, clock.now(), QaRows.page(offset, limit)));
    }

    @PreAuthorize("hasRole('CULTURE_BEARER')")
    public long countQueue(QuestionStatus status) {
        return questions.countQueue(access.me(), status);
    }

    @PreAuthorize("hasRole('CULTURE_BEARER')")
    public long countQueueOverdue() {
        return questions.countQueueOverdue(access.me(), clock.now());
    }

    /**
     * Whether the reader may ask, answer, comment and mark answers useful at all: everyone but the read-only
     * political level. The views hide the write controls with it; the services check it again.
     */
    public boolean mayWrite() {
        return !access.readOnly();
    }

    /** The tags most used, for suggestions in the ask form. */
    public List<String> popularTags(int limit) {
        return questions.findPopularTags(PageRequest.of(0, limit));
    }
}
