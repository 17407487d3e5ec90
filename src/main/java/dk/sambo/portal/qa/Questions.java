package dk.sambo.portal.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.Sector;
import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.organisation.UnitSummary;

/**
 * Asking, answering, commenting, accepting and reopening doubt questions, with their edit history. Every change
 * is checked here (the views are not the gate), audited, and announced with the events at this package's root in
 * the same transaction, so the organisation overview sees exactly what happened.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class Questions {

    private final QuestionRepository questions;
    private final AnswerRepository answers;
    private final CommentRepository comments;
    private final RevisionRepository revisions;
    private final UsefulMarkRepository usefulMarks;
    private final RouteRepository routes;
    private final FollowRepository follows;
    private final GuidanceRepository guidance;
    private final QaAccess access;
    private final QaNotifier notifier;
    private final QaDirectory directory;
    private final QaRows rows;
    private final OrganisationService organisations;
    private final TopicService topics;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final QaClock clock;
    private final ResponseTime responseTime;

    Questions(QuestionRepository questions, AnswerRepository answers, CommentRepository comments,
            RevisionRepository revisions, UsefulMarkRepository usefulMarks, RouteRepository routes,
            FollowRepository follows, GuidanceRepository guidance, QaAccess access, QaNotifier notifier,
            QaDirectory directory, QaRows rows, OrganisationService organisations, TopicService topics,
            AuditLog audit, ApplicationEventPublisher events, QaClock clock, ResponseTime responseTime) {
        this.questions = questions;
        this.answers = answers;
        this.comments = comments;
        this.revisions = revisions;
        this.usefulMarks = usefulMarks;
        this.routes = routes;
        this.follows = follows;
        this.guidance = guidance;
        this.access = access;
        this.notifier = notifier;
        this.directory = directory;
        this.rows = rows;
        this.organisations = organisations;
        this.topics = topics;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.responseTime = responseTime;
    }

    // --- asking ----------------------------------------------------------------------------------------------

    /**
     * Posts a question from the logged-in person's unit. It is routed at once to the culture bearers who cover
     * the unit and the topic (all culture bearers of the unit where none has the topic), gets its response time,
     * and the asker follows it.
     */
    public long ask(QuestionDraft draft) {
        access.requireWriter();
        var me = access.me();
        var clean = validate(draft);
        var asker = organisations.person(me).orElseThrow();
        var unit = asker.unitId() == null ? null : organisations.unit(asker.unitId()).orElse(null);
        var now = clock.now();
        var due = responseTime.dueAt(now);
        var question = questions.save(new Question(clean.title(), clean.body(), clean.topicCode(),
                new LinkedHashSet<>(clean.tags()), clean.concernsSector(), clean.concernsOrganisationId(), me,
                unit == null ? null : unit.id(), unit == null ? null : unit.path(),
                unit == null ? null : unit.organisationId(), clusterOf(unit), unit == null ? null : unit.sector(),
                now, due));
        var routedTo = route(question, unit, me);
        follows.save(new Follow(me, FollowKind.QUESTION, Long.toString(question.id()), now));
        audit.record("QUESTION_ASKED", "Question", question.id(),
                "topic=" + question.getTopicCode() + " routedTo=" + routedTo.size());
        events.publishEvent(new QuestionAsked(question.id(), me, question.getUnitId(), question.getOrganisationId(),
                question.getClusterId(), question.getSector() == null ? null : question.getSector().name(),
                question.getTopicCode(), now, due));
        notifier.asked(question, routedTo, asker.name());
        return question.id();
    }

    private static @Nullable Long clusterOf(@Nullable UnitSummary unit) {
        // A unit of a cross-cluster organisation without a cluster of its own belongs to no single cluster.
        return unit != null && unit.clusterIds().size() == 1 ? unit.clusterIds().getFirst() : null;
    }

    private List<Long> route(Question question, @Nullable UnitSummary unit, long askerId) {
        if (unit == null) {
            return List.of();
        }
        var bearers = organisations.cultureBearersCovering(unit.id(), question.getTopicCode());
        if (bearers.isEmpty()) {
            bearers = organisations.cultureBearersCovering(unit.id(), null);
        }
        var routed = new ArrayList<Long>();
        for (var bearer : bearers) {
            if (bearer.id() != askerId && bearer.active()) {
                routes.save(new Route(question.id(), bearer.id(), question.getAskedAt()));
                routed.add(bearer.id());
            }
        }
        return routed;
    }

    /**
     * Changes a question. {@code expectedVersion} is the version the person opened; if someone saved in between,
     * nothing is stored and {@link EditConflictException} carries the other version.
     */
    public void edit(long questionId, long expectedVersion, QuestionDraft draft) {
        var me = access.me();
        var roles = access.roles();
        var question = visible(questionId, me, roles);
        if (!access.mayEdit(question, me, roles)) {
            throw new AccessDeniedException("Only the asker or a moderator edits a question");
        }
        if (question.getVersion() != expectedVersion) {
            throw new EditConflictException(question.getVersion(), question.getTitle(), question.getBody());
        }
        var clean = validate(draft);
        boolean textChanged = !clean.title().equals(question.getTitle()) || !clean.body().equals(question.getBody());
        boolean otherChanged = !clean.topicCode().equals(question.getTopicCode())
                || !Set.copyOf(clean.tags()).equals(Set.copyOf(question.getTags()))
                || clean.concernsSector() != question.getConcernsSector()
                || !Objects.equals(clean.concernsOrganisationId(), question.getConcernsOrganisationId());
        if (!textChanged && !otherChanged) {
            return;
        }
        var now = clock.now();
        if (textChanged) {
            revisions.save(new Revision(PostType.QUESTION, questionId, question.getTitle(), question.getBody(), me,
                    now));
        }
        question.edit(clean.title(), clean.body(), clean.topicCode(), new LinkedHashSet<>(clean.tags()),
                clean.concernsSector(), clean.concernsOrganisationId(), now);
        audit.record("QUESTION_EDITED", "Question", questionId, textChanged ? "text" : "details");
    }

    private QuestionDraft validate(QuestionDraft draft) {
        var title = QaText.require("qa.field.title", draft.title(), QuestionDraft.TITLE_MAX, true);
        var body = QaText.require("qa.field.body", draft.body(), QuestionDraft.BODY_MAX, false);
        var topic = topics.byCode(draft.topicCode() == null ? "" : draft.topicCode())
                .filter(t -> t.active())
                .orElseThrow(() -> new QaRuleException("qa.error.required.topic"));
        var tags = QaText.tags(draft.tags());
        Sector concernsSector = draft.concernsSector();
        if (draft.concernsOrganisationId() != null) {
            var organisation = organisations.organisation(draft.concernsOrganisationId())
                    .orElseThrow(() -> new QaRuleException("qa.error.unknown-organisation"));
            if (concernsSector == null) {
                concernsSector = organisation.sector();
            }
        }
        return new QuestionDraft(title, body, topic.code(), tags, concernsSector, draft.concernsOrganisationId());
    }

    // --- answering -------------------------------------------------------------------------------------------

    /**
     * Anyone may answer; culture bearers' answers are marked. The first answer by someone other than the asker makes
     * an open question answered (the asker may still accept their own answer, which resolves it).
     */
    public long answer(long questionId, String text) {
        access.requireWriter();
        var me = access.me();
        var roles = access.roles();
        var question = visible(questionId, me, roles);
        var body = QaText.require("qa.field.answer", text, QuestionDraft.BODY_MAX, true);
        var now = clock.now();
        boolean byCultureBearer = roles.contains(Role.CULTURE_BEARER);
        var answer = answers.save(new Answer(question, me, byCultureBearer, body, now));
        question.addAnswer(answer);
        if (!follows.existsByPersonIdAndKindAndTarget(me, FollowKind.QUESTION, Long.toString(questionId))) {
            follows.save(new Follow(me, FollowKind.QUESTION, Long.toString(questionId), now));
        }
        audit.record("ANSWER_POSTED", "Answer", answer.id(), "question=" + questionId);
        events.publishEvent(new QuestionAnswered(questionId, answer.id(), me, byCultureBearer, now));
        // The asker adding to their own question does not stop the response time: it waits for someone else.
        if (question.getStatus() == QuestionStatus.OPEN && me != question.getAskerId()) {
            changeStatus(question, QuestionStatus.ANSWERED);
        }
        notifier.answered(question, me, directory.lookup().person(me).name());
        return answer.id();
    }

    public void editAnswer(long answerId, long expectedVersion, String text) {
        var me = access.me();
        var roles = access.roles();
        var answer = answers.findById(answerId).orElseThrow(() -> new QaRuleException("qa.error.not-found"));
        visible(answer.getQuestion().id(), me, roles);
        if (!access.mayEdit(answer, me, roles) || answer.isHidden() && !access.mayModerate(answer.getQuestion())) {
            throw new AccessDeniedException("Only the author or a moderator edits an answer");
        }
        if (answer.getVersion() != expectedVersion) {
            throw new EditConflictException(answer.getVersion(), null, answer.getBody());
        }
        var body = QaText.require("qa.field.answer", text, QuestionDraft.BODY_MAX, true);
        if (body.equals(answer.getBody())) {
            return;
        }
        var now = clock.now();
        revisions.save(new Revision(PostType.ANSWER, answerId, null, answer.getBody(), me, now));
        answer.edit(body, now);
        answer.getQuestion().touch(now);
        audit.record("ANSWER_EDITED", "Answer", answerId, "question=" + answer.getQuestion().id());
    }

    /** A comment or follow-up on the question, or on one of its answers. */
    public long comment(long questionId, @Nullable Long answerId, String text) {
        access.requireWriter();
        var me = access.me();
        var roles = access.roles();
        var question = visible(questionId, me, roles);
        Long answerAuthor = null;
        if (answerId != null) {
            var answer = answers.findById(answerId).filter(a -> a.getQuestion().id() == questionId)
                    .orElseThrow(() -> new QaRuleException("qa.error.not-found"));
            answerAuthor = answer.getAuthorId();
        }
        var body = QaText.require("qa.field.comment", text, 2000, true);
        var now = clock.now();
        var comment = comments.save(new Comment(questionId, answerId, me, Comment.Kind.COMMENT, body, now));
        question.touch(now);
        audit.record("COMMENT_POSTED", "Comment", comment.id(), "question=" + questionId);
        notifier.commented(question, answerAuthor, me, directory.lookup().person(me).name());
        return comment.id();
    }

    // --- accepting, reopening, useful ------------------------------------------------------------------------

    /** The asker or a culture bearer accepts an answer: the question is resolved. */
    public void accept(long answerId) {
        var me = access.me();
        var roles = access.roles();
        var answer = answers.findById(answerId).orElseThrow(() -> new QaRuleException("qa.error.not-found"));
        var question = visible(answer.getQuestion().id(), me, roles);
        if (!access.mayAcceptOrReopen(question, me, roles)) {
            throw new AccessDeniedException("Only the asker or a culture bearer accepts an answer");
        }
        if (answer.isHidden()) {
            throw new QaRuleException("qa.error.hidden-answer");
        }
        if (answer.isAccepted()) {
            return;
        }
        question.getAnswers().stream().filter(Answer::isAccepted).forEach(a -> a.setAccepted(false));
        answer.setAccepted(true);
        question.accept(answerId);
        question.touch(clock.now());
        audit.record("ANSWER_ACCEPTED", "Answer", answerId, "question=" + question.id());
        if (question.getStatus() != QuestionStatus.RESOLVED) {
            changeStatus(question, QuestionStatus.RESOLVED);
        }
        notifier.accepted(question, answer.getAuthorId(), me);
    }

    /** Takes back an acceptance: the question is answered but not resolved. */
    public void unaccept(long questionId) {
        var me = access.me();
        var roles = access.roles();
        var question = visible(questionId, me, roles);
        if (!access.mayAcceptOrReopen(question, me, roles)) {
            throw new AccessDeniedException("Only the asker or a culture bearer changes the accepted answer");
        }
        if (question.getAcceptedAnswerId() == null) {
            return;
        }
        question.getAnswers().stream().filter(Answer::isAccepted).forEach(a -> a.setAccepted(false));
        audit.record("ANSWER_UNACCEPTED", "Answer", question.getAcceptedAnswerId(), "question=" + questionId);
        question.accept(null);
        if (question.getStatus() == QuestionStatus.RESOLVED) {
            changeStatus(question, QuestionStatus.ANSWERED);
        }
    }

    /**
     * The asker or a culture bearer reopens an answered or resolved question with a reason. It gets a new
     * response time and is back in the culture bearers' queue.
     */
    public void reopen(long questionId, String reason) {
        var me = access.me();
        var roles = access.roles();
        var question = visible(questionId, me, roles);
        if (!access.mayAcceptOrReopen(question, me, roles)) {
            throw new AccessDeniedException("Only the asker or a culture bearer reopens a question");
        }
        if (question.getStatus() == QuestionStatus.OPEN) {
            throw new QaRuleException("qa.error.already-open");
        }
        var text = QaText.require("qa.field.reason", reason, 2000, true);
        var now = clock.now();
        var comment = comments.save(new Comment(questionId, null, me, Comment.Kind.REOPEN, text, now));
        question.getAnswers().stream().filter(Answer::isAccepted).forEach(a -> a.setAccepted(false));
        question.reopen(now, responseTime.dueAt(now));
        audit.record("QUESTION_REOPENED", "Question", questionId, "comment=" + comment.id());
        changeStatus(question, QuestionStatus.OPEN);
        notifier.reopened(question, me);
    }

    /** Marks an answer useful, or takes the mark back. Returns whether it is marked now. */
    public boolean toggleUseful(long answerId) {
        access.requireWriter();
        var me = access.me();
        var answer = answers.findById(answerId).orElseThrow(() -> new QaRuleException("qa.error.not-found"));
        visible(answer.getQuestion().id(), me, access.roles());
        if (answer.getAuthorId() == me) {
            throw new QaRuleException("qa.error.own-answer-useful");
        }
        var key = new UsefulMark.Key(answerId, me);
        boolean marked;
        if (usefulMarks.existsById(key)) {
            usefulMarks.deleteById(key);
            marked = false;
        } else {
            usefulMarks.save(new UsefulMark(answerId, me, clock.now()));
            marked = true;
        }
        usefulMarks.flush();
        answer.setUsefulCount(usefulMarks.countByAnswer(answerId));
        return marked;
    }

    void changeStatus(Question question, QuestionStatus status) {
        var now = clock.now();
        question.setStatus(status, now);
        events.publishEvent(new QuestionStatusChanged(question.id(), status.name(), now));
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /** The question page's content for the reader; empty if it does not exist or is hidden from them. */
    @Transactional(readOnly = true)
    public Optional<QuestionDetails> details(long questionId) {
        var me = access.me();
        var roles = access.roles();
        var question = questions.findById(questionId).filter(q -> access.maySee(q, me, roles)).orElse(null);
        if (question == null) {
            return Optional.empty();
        }
        boolean mayModerate = access.mayModerate(question);
        // Reading hidden posts stays as before for culture bearers and administrators; changing them is scoped.
        boolean moderator = QaAccess.isModerator(roles) || mayModerate;
        boolean writer = !access.readOnly();
        var lookup = directory.lookup();
        var now = clock.now();
        var unit = lookup.unit(question.getUnitId());
        var allComments = comments.findByQuestionIdOrderByCreatedAtAscIdAsc(questionId);
        var answerIds = question.getAnswers().stream().map(Answer::id).toList();
        var marked = answerIds.isEmpty() ? Set.<Long>of() : new HashSet<>(usefulMarks.findMarkedBy(me, answerIds));
        var answersWithHistory = answerIds.isEmpty() ? Set.<Long>of()
                : new HashSet<>(revisions.findPostsWithHistory(PostType.ANSWER, answerIds));
        var answerViews = question.getAnswers().stream()
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
        var questionComments = allComments.stream().filter(c -> c.getAnswerId() == null)
                .map(c -> commentView(c, lookup, moderator, me)).toList();
        QuestionDetails.General general = null;
        if (question.getGeneralRaisedAt() != null) {
            general = new QuestionDetails.General(lookup.person(Objects.requireNonNull(question.getGeneralRaisedBy())),
                    question.getGeneralRaisedAt(), Objects.toString(question.getGeneralReason(), ""),
                    question.getDecision(), lookup.personOrNull(question.getDecidedBy()), question.getDecidedAt(),
                    !revisions.findPostsWithHistory(PostType.DECISION, List.of(questionId)).isEmpty());
        }
        boolean canAcceptOrReopen = access.mayAcceptOrReopen(question, me, roles);
        boolean decide = question.getGeneralRaisedAt() != null && access.mayDecide(question, roles);
        var guidanceId = guidance.findByQuestionId(questionId).filter(g -> !g.isWithdrawn()).map(Guidance::id)
                .orElse(null);
        var permissions = new QuestionDetails.Permissions(access.mayEdit(question, me, roles), writer,
                canAcceptOrReopen, canAcceptOrReopen && question.getStatus() != QuestionStatus.OPEN, mayModerate,
                question.getGeneralRaisedAt() == null && access.mayRaiseGeneral(question, me, roles), decide,
                guidanceId == null && access.mayDecide(question, roles)
                        && (question.getStatus() == QuestionStatus.RESOLVED || question.getDecision() != null),
                access.mayRedact(question));
        return Optional.of(new QuestionDetails(question.id(), question.getVersion(), question.getTitle(),
                question.getBody(), question.getTopicCode(), List.copyOf(question.getTags()),
                question.getConcernsSector(), question.getConcernsOrganisationId(),
                lookup.organisationName(question.getConcernsOrganisationId()), lookup.person(question.getAskerId()),
                unit.map(UnitSummary::name).orElse(null), unit.map(UnitSummary::organisationName).orElse(null),
                lookup.clusterName(question.getClusterId()), question.getStatus(), question.getAskedAt(),
                question.getDueAt(), question.isOverdue(now), question.getEscalatedAt(), question.getEditedAt(),
                !revisions.findPostsWithHistory(PostType.QUESTION, List.of(questionId)).isEmpty(),
                question.isHidden(), question.getHiddenReason(), question.isRedacted(), general, answerViews,
                questionComments,
                follows.existsByPersonIdAndKindAndTarget(me, FollowKind.QUESTION, Long.toString(questionId)),
                guidanceId, permissions));
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

    /** The texts a post had before each edit, newest first. */
    @Transactional(readOnly = true)
    public List<RevisionView> history(PostType type, long postId) {
        var me = access.me();
        var roles = access.roles();
        switch (type) {
            case QUESTION, DECISION -> visible(postId, me, roles);
            case ANSWER -> {
                var answer = answers.findById(postId).orElseThrow(() -> new QaRuleException("qa.error.not-found"));
                visible(answer.getQuestion().id(), me, roles);
                if (answer.isHidden() && !QaAccess.isModerator(roles) && answer.getAuthorId() != me) {
                    throw new AccessDeniedException("Hidden answer");
                }
            }
            case GUIDANCE -> guidance.findById(postId).orElseThrow(() -> new QaRuleException("qa.error.not-found"));
            case COMMENT -> {
                return List.of();
            }
        }
        var lookup = directory.lookup();
        return revisions.findByPostTypeAndPostIdOrderByEditedAtDescIdDesc(type, postId).stream()
                .map(r -> new RevisionView(r.getTitle(), r.getBody(), lookup.person(r.getEditedBy()),
                        r.getEditedAt(), r.isRedacted()))
                .toList();
    }

    /** The logged-in person's own questions, latest activity first. */
    @Transactional(readOnly = true)
    public List<QuestionRow> mine(int offset, int limit) {
        return rows.of(questions.findByAsker(access.me(), page(offset, limit)));
    }

    @Transactional(readOnly = true)
    public long countMine() {
        return questions.countByAskerId(access.me());
    }

    /** A culture bearer's queue ("Til besvarelse"): questions routed to them, overdue first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CULTURE_BEARER')")
    public List<QuestionRow> queue(QuestionStatus status, int offset, int limit) {
        return rows.of(questions.findQueue(access.me(), status, clock.now(), page(offset, limit)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CULTURE_BEARER')")
    public long countQueue(QuestionStatus status) {
        return questions.countQueue(access.me(), status);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CULTURE_BEARER')")
    public long countQueueOverdue() {
        return questions.countQueueOverdue(access.me(), clock.now());
    }

    /**
     * Whether the reader may ask, answer, comment and mark answers useful at all: everyone but the read-only
     * political level. The views hide the write controls with it; the methods above check it again.
     */
    @Transactional(readOnly = true)
    public boolean mayWrite() {
        return !access.readOnly();
    }

    /** The tags most used, for suggestions in the ask form. */
    @Transactional(readOnly = true)
    public List<String> popularTags(int limit) {
        return questions.findPopularTags(PageRequest.of(0, limit));
    }

    static PageRequest page(int offset, int limit) {
        // Vaadin's lazy grids ask with offsets that are multiples of the page size.
        return PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit));
    }

    /** The question, if the person may see it; "not found" otherwise, so hidden questions do not leak. */
    Question visible(long questionId, long me, Set<Role> roles) {
        return questions.findById(questionId).filter(q -> access.maySee(q, me, roles))
                .orElseThrow(() -> new QaRuleException("qa.error.not-found"));
    }
}
