package dk.sambo.portal.qa.service;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.qa.domain.Answer;
import dk.sambo.portal.qa.domain.Comment;
import dk.sambo.portal.qa.domain.CommentRepository;
import dk.sambo.portal.qa.domain.FollowKind;
import dk.sambo.portal.qa.domain.FollowRepository;
import dk.sambo.portal.qa.domain.Guidance;
import dk.sambo.portal.qa.domain.GuidanceRepository;
import dk.sambo.portal.qa.domain.PostType;
import dk.sambo.portal.qa.domain.Question;
import dk.sambo.portal.qa.domain.QuestionRepository;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.qa.domain.RevisionRepository;
import dk.sambo.portal.qa.domain.UsefulMarkRepository;

/**
 * The question page's content for one reader: the question, its answers ranked accepted first and then by
 * usefulness, comments, hidden posts as the reader may see them, and what the reader may do on the page.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class QuestionReadModel {

    private final QuestionRepository questions;
    private final CommentRepository comments;
    private final UsefulMarkRepository usefulMarks;
    private final RevisionRepository revisions;
    private final FollowRepository follows;
    private final GuidanceRepository guidance;
    private final QaAccess access;
    private final QaDirectory directory;
    private final QaClock clock;

    QuestionReadModel(QuestionRepository questions, CommentRepository comments, UsefulMarkRepository usefulMarks,
            RevisionRepository revisions, FollowRepository follows, GuidanceRepository guidance, QaAccess access,
            QaDirectory directory, QaClock clock) {
        this.questions = questions;
        this.comments = comments;
        this.usefulMarks = usefulMarks;
        this.revisions = revisions;
        this.follows = follows;
        this.guidance = guidance;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
    }

    /** The question page's content for the reader; empty if it does not exist or is hidden from them. */
    public Optional<QuestionDetails> details(long questionId) {
        var me = access.me();
        var roles = access.roles();
        var question = questions.findById(questionId).filter(q -> access.maySee(q, me, roles)).orElse(null);
        if (question == null) {
            return Optional.empty();
        }
        // Hidden posts' texts and reasons: their authors and the question's moderators only (docs/security.md,
        // "Field-level rules").
        boolean mayModerate = access.mayModerate(question);
        var lookup = directory.lookup();
        var unit = lookup.unit(question.getUnitId());
        var allComments = comments.findByQuestionIdOrderByCreatedAtAscIdAsc(questionId);
        var answerViews = answers(question, allComments, lookup, mayModerate, me);
        var questionComments = allComments.stream().filter(c -> c.getAnswerId() == null)
                .map(c -> commentView(c, lookup, mayModerate, me)).toList();
        QuestionDetails.General general = null;
        if (question.getGeneralRaisedAt() != null) {
            general = new QuestionDetails.General(lookup.person(Objects.requireNonNull(question.getGeneralRaisedBy())),
                    question.getGeneralRaisedAt(), Objects.toString(question.getGeneralReason(), ""),
                    question.getDecision(), lookup.personOrNull(question.getDecidedBy()), question.getDecidedAt(),
                    !revisions.findPostsWithHistory(PostType.DECISION, List.of(questionId)).isEmpty());
        }
        var guidanceId = guidance.findByQuestionId(questionId).filter(g -> !g.isWithdrawn()).map(Guidance::id)
                .orElse(null);
        return Optional.of(new QuestionDetails(question.id(), question.getVersion(), question.getTitle(),
                question.getBody(), question.getTopicCode(), List.copyOf(question.getTags()),
                question.getConcernsSector(), question.getConcernsOrganisationId(),
                lookup.organisationName(question.getConcernsOrganisationId()), lookup.person(question.getAskerId()),
                unit.map(UnitSummary::name).orElse(null), unit.map(UnitSummary::organisationName).orElse(null),
                lookup.clusterName(question.getClusterId()), question.getStatus(), question.getAskedAt(),
                question.getDueAt(), question.isOverdue(clock.now()), question.getEscalatedAt(),
                question.getEditedAt(),
                !revisions.findPostsWithHistory(PostType.QUESTION, List.of(questionId)).isEmpty(),
                question.isHidden(), question.getHiddenReason(), question.isRedacted(), general, answerViews,
                questionComments,
                follows.existsByPersonIdAndKindAndTarget(me, FollowKind.QUESTION, Long.toString(questionId)),
                guidanceId, permissions(question, me, mayModerate, guidanceId)));
    }

    private List<AnswerView> answers(Question question, List<Comment> allComments, QaDirectory.Lookup lookup,
            boolean moderator, long me) {
        var answerIds = question.getAnswers().stream().map(Answer::id).toList();
        var marked = answerIds.isEmpty() ? Set.<Long>of() : new HashSet<>(usefulMarks.findMarkedBy(me, answerIds));
        var answersWithHistory = answerIds.isEmpty() ? Set.<Long>of()
                : new HashSet<>(revisions.findPostsWithHistory(PostType.ANSWER, answerIds));
        return question.getAnswers().stream()
                .sorted(Comparator.comparing((Answer a) -> !a.isAccepted())
                        .thenComparing(Comparator.comparingInt(Answer::getUsefulCount).reversed())
                        .thenComparing(Answer::getCreatedAt).thenComparing(Answer::id))
                .map(a -> new AnswerView(a.id(), a.getVersion(), lookup.person(a.getAuthorId()),
                        a.isByCultureBearer(), readable(a.getBody(), a.isHidden(), moderator || a.getAuthorId() == me),
                        a.getCreatedAt(), a.getEditedAt(), answersWithHistory.contains(a.id()), a.getUsefulCount(),
                        marked.contains(a.id()), a.isAccepted(), a.isHidden(),
                        moderator || a.getAuthorId() == me ? a.getHiddenReason() : null, a.isRedacted(),
                        a.getAuthorId() == me,
                        allComments.stream().filter(c -> Objects.equals(c.getAnswerId(), a.id()))
                                .map(c -> commentView(c, lookup, moderator, me)).toList()))
                .toList();
    }

    private QuestionDetails.Permissions permissions(Question question, long me, boolean mayModerate,
            Long guidanceId) {
        var roles = access.roles();
        boolean writer = !access.readOnly();
        boolean canAcceptOrReopen = access.mayAcceptOrReopen(question, me, roles);
        boolean decide = question.getGeneralRaisedAt() != null && access.mayDecide(question, roles);
        return new QuestionDetails.Permissions(access.mayEdit(question, me, roles), writer,
                canAcceptOrReopen, canAcceptOrReopen && question.getStatus() != QuestionStatus.OPEN, mayModerate,
                question.getGeneralRaisedAt() == null && access.mayRaiseGeneral(question, me, roles), decide,
                guidanceId == null && access.mayDecide(question, roles)
                        && (question.getStatus() == QuestionStatus.RESOLVED || question.getDecision() != null),
                access.mayRedact(question));
    }

    private static String readable(String text, boolean hidden, boolean maySeeHidden) {
        return hidden && !maySeeHidden ? "" : text;
    }

    private static CommentView commentView(Comment c, QaDirectory.Lookup lookup, boolean moderator, long me) {
        boolean maySee = moderator || c.getAuthorId() == me;
        return new CommentView(c.id(), lookup.person(c.getAuthorId()), c.getKind() == Comment.Kind.REOPEN,
                readable(c.getBody(), c.isHidden(), maySee), c.getCreatedAt(), c.isHidden(),
                maySee ? c.getHiddenReason() : null, c.isRedacted());
    }
}
