package dk.sambo.portal.qa.service;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.qa.domain.PostType;
import dk.sambo.portal.qa.domain.QuestionRepository;
import dk.sambo.portal.qa.domain.Revision;
import dk.sambo.portal.qa.domain.RevisionRepository;
import dk.sambo.portal.shared.RuleViolation;

/**
 * General questions: a culture bearer or line manager lifts a question that concerns more than one case to the
 * cluster's professional-strategic level ("who in your own organisation can lift general issues to the health
 * cluster"); the strategic level answers with a decision that is shown on the question.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class GeneralQuestions {

    private final QuestionRepository questions;
    private final RevisionRepository revisions;
    private final VisibleQuestions visibleQuestions;
    private final QaAccess access;
    private final QaNotifier notifier;
    private final QaRows rows;
    private final AuditLog audit;
    private final QaClock clock;

    GeneralQuestions(QuestionRepository questions, RevisionRepository revisions, VisibleQuestions visibleQuestions,
            QaAccess access, QaNotifier notifier, QaRows rows, AuditLog audit, QaClock clock) {
        this.questions = questions;
        this.revisions = revisions;
        this.visibleQuestions = visibleQuestions;
        this.access = access;
        this.notifier = notifier;
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('CULTURE_BEARER', 'LINE_MANAGER', 'ADMIN')")
    public void raise(long questionId, String reason) {
        var me = access.me();
        var roles = access.roles();
        var question = visibleQuestions.visible(questionId, me, roles);
        if (!access.mayRaiseGeneral(question, me, roles)) {
            throw new AccessDeniedException("The question is not from your own area");
        }
        if (question.getGeneralRaisedAt() != null) {
            throw new RuleViolation("qa.error.already-general");
        }
        var text = QaText.require("qa.field.general-reason", reason, 2000, true);
        question.raiseGeneral(text, me, clock.now());
        audit.record("QUESTION_RAISED_GENERAL", "Question", questionId, "cluster=" + question.getClusterId());
        notifier.raisedGeneral(question, me);
    }

    /** The strategic level's decision; a later call revises it and keeps the earlier text in the history. */
    @PreAuthorize("hasAnyRole('STRATEGIC', 'ADMIN')")
    public void decide(long questionId, String decision) {
        var me = access.me();
        var roles = access.roles();
        var question = visibleQuestions.visible(questionId, me, roles);
        if (question.getGeneralRaisedAt() == null) {
            throw new RuleViolation("qa.error.not-general");
        }
        if (!access.mayDecide(question, roles)) {
            throw new AccessDeniedException("Not the strategic level of the question's cluster");
        }
        var text = QaText.require("qa.field.decision", decision, 4000, true);
        if (text.equals(question.getDecision())) {
            return;
        }
        var now = clock.now();
        boolean revision = question.getDecision() != null;
        if (revision) {
            revisions.save(new Revision(PostType.DECISION, questionId, null, question.getDecision(),
                    question.getDecidedBy() == null ? me : question.getDecidedBy(), now));
        }
        question.decide(text, me, now);
        audit.record(revision ? "DECISION_REVISED" : "DECISION_MADE", "Question", questionId, null);
        notifier.decided(question, me);
    }

    /** General questions of the clusters the person follows up on: those awaiting a decision first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('IMPLEMENTING', 'STRATEGIC', 'ADMIN')")
    public List<QuestionRow> list(@Nullable Long clusterId, boolean undecidedOnly, int offset, int limit) {
        var scope = scope(clusterId);
        return rows.of(questions.findGeneral(scope.everywhere(), scope.clusterIds(), undecidedOnly,
                QaRows.page(offset, limit)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('IMPLEMENTING', 'STRATEGIC', 'ADMIN')")
    public long count(@Nullable Long clusterId, boolean undecidedOnly) {
        var scope = scope(clusterId);
        return questions.countGeneral(scope.everywhere(), scope.clusterIds(), undecidedOnly);
    }

    private FollowUp.Scope scope(@Nullable Long clusterId) {
        return FollowUp.scope(access, clusterId);
    }
}
