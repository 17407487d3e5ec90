package dk.sambo.portal.qa.service;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.qa.domain.Answer;
import dk.sambo.portal.qa.domain.Guidance;
import dk.sambo.portal.qa.domain.GuidanceRepository;
import dk.sambo.portal.qa.domain.PostType;
import dk.sambo.portal.qa.domain.Question;
import dk.sambo.portal.qa.domain.QuestionRepository;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.qa.domain.Revision;
import dk.sambo.portal.qa.domain.RevisionRepository;
import dk.sambo.portal.shared.RuleViolation;

/**
 * Agreed guidance ("fælles vejledning"): the strategic level (or an administrator) promotes a resolved question,
 * or a general question with a decision, into guidance with a review date and the organisations it was agreed
 * with. Everyone reads it by topic; guidance past its review date is flagged to the strategic level
 * ({@link GuidanceReview}).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class GuidanceService {

    private final GuidanceRepository guidance;
    private final QuestionRepository questions;
    private final RevisionRepository revisions;
    private final VisibleQuestions visibleQuestions;
    private final QaAccess access;
    private final QaNotifier notifier;
    private final QaDirectory directory;
    private final OrganisationService organisations;
    private final TopicService topics;
    private final AuditLog audit;
    private final QaClock clock;
    private final QaProperties properties;

    GuidanceService(GuidanceRepository guidance, QuestionRepository questions, RevisionRepository revisions,
            VisibleQuestions visibleQuestions, QaAccess access, QaNotifier notifier, QaDirectory directory,
            OrganisationService organisations, TopicService topics, AuditLog audit, QaClock clock,
            QaProperties properties) {
        this.guidance = guidance;
        this.questions = questions;
        this.revisions = revisions;
        this.visibleQuestions = visibleQuestions;
        this.access = access;
        this.notifier = notifier;
        this.directory = directory;
        this.organisations = organisations;
        this.topics = topics;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    static String link(long guidanceId) {
        return "vejledninger/" + guidanceId;
    }

    /** A proposal for the promotion form: the question's title, its decision or accepted answer, a review date. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STRATEGIC', 'ADMIN')")
    public GuidanceDraft proposal(long questionId) {
        var question = promotable(questionId);
        String text = question.getDecision();
        if (text == null || text.isBlank()) {
            text = question.getAnswers().stream().filter(Answer::isAccepted).map(Answer::getBody).findFirst()
                    .orElse("");
        }
        return new GuidanceDraft(question.getTitle(), text, question.getTopicCode(),
                clock.today().plusMonths(properties.guidanceReviewMonths()),
                question.getOrganisationId() == null ? Set.of() : Set.of(question.getOrganisationId()));
    }

    @PreAuthorize("hasAnyRole('STRATEGIC', 'ADMIN')")
    public long promote(long questionId, GuidanceDraft draft) {
        var me = access.me();
        var question = promotable(questionId);
        var clean = validate(draft);
        var saved = guidance.save(new Guidance(questionId, clean.title(), clean.body(), clean.topicCode(),
                question.getClusterId(), clean.reviewDate(), clean.organisationIds(), me, clock.now()));
        question.touch(clock.now());
        audit.record("GUIDANCE_PROMOTED", "Guidance", saved.id(), "question=" + questionId);
        notifier.promoted(question, me);
        return saved.id();
    }

    private Question promotable(long questionId) {
        var me = access.me();
        var roles = access.roles();
        var question = visibleQuestions.visible(questionId, me, roles);
        if (!access.mayDecide(question, roles)) {
            throw new AccessDeniedException("Not the strategic level of the question's cluster");
        }
        if (question.getStatus() != QuestionStatus.RESOLVED && question.getDecision() == null) {
            throw new RuleViolation("qa.error.not-resolved");
        }
        if (guidance.findByQuestionId(questionId).isPresent()) {
            throw new RuleViolation("qa.error.already-guidance");
        }
        return question;
    }

    /** Edits guidance (also to set a new review date after a review); conflicts as for posts. */
    @PreAuthorize("hasAnyRole('STRATEGIC', 'ADMIN')")
    public void edit(long guidanceId, long expectedVersion, GuidanceDraft draft) {
        var me = access.me();
        var g = editable(guidanceId);
        if (g.getVersion() != expectedVersion) {
            throw new EditConflictException(g.getVersion(), g.getTitle(), g.getBody());
        }
        var clean = validate(draft);
        var now = clock.now();
        if (!clean.title().equals(g.getTitle()) || !clean.body().equals(g.getBody())) {
            revisions.save(new Revision(PostType.GUIDANCE, guidanceId, g.getTitle(), g.getBody(), me, now));
        }
        boolean reviewed = !clean.reviewDate().equals(g.getReviewDate());
        g.edit(clean.title(), clean.body(), clean.topicCode(), clean.reviewDate(), clean.organisationIds(), now);
        audit.record(reviewed ? "GUIDANCE_REVIEWED" : "GUIDANCE_EDITED", "Guidance", guidanceId,
                reviewed ? "reviewDate=" + clean.reviewDate() : null);
    }

    @PreAuthorize("hasAnyRole('STRATEGIC', 'ADMIN')")
    public void withdraw(long guidanceId) {
        editable(guidanceId).withdraw(clock.now());
        audit.record("GUIDANCE_WITHDRAWN", "Guidance", guidanceId, null);
    }

    private Guidance editable(long guidanceId) {
        var g = guidance.findById(guidanceId).filter(x -> !x.isWithdrawn())
                .orElseThrow(() -> new RuleViolation("qa.error.not-found"));
        if (!access.mayActStrategically(g.getClusterId(), access.roles())) {
            throw new AccessDeniedException("Not the strategic level of the guidance's cluster");
        }
        return g;
    }

    /** Every broken rule at once, each naming its field, so the form marks them all together. */
    private GuidanceDraft validate(GuidanceDraft draft) {
        var problems = RuleViolation.collect();
        var title = QaText.check(problems, "qa.field.guidance-title", draft.title(), QuestionDraft.TITLE_MAX, true);
        var body = QaText.check(problems, "qa.field.guidance-body", draft.body(), QuestionDraft.BODY_MAX, true);
        var topic = topics.byCode(draft.topicCode() == null ? "" : draft.topicCode());
        problems.when(topic.isEmpty(), "qa.field.topic", "qa.error.required.topic");
        problems.when(draft.reviewDate() == null || !draft.reviewDate().isAfter(clock.today()),
                "qa.field.review-date", "qa.error.review-date");
        var organisationIds = new HashSet<Long>();
        for (var id : draft.organisationIds()) {
            if (organisations.organisation(id).isPresent()) {
                organisationIds.add(id);
            } else {
                problems.add("qa.field.agreed-with", "qa.error.unknown-organisation");
            }
        }
        problems.throwIfAny();
        return new GuidanceDraft(title, body, topic.orElseThrow().code(), draft.reviewDate(), organisationIds);
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /** Current guidance of a topic (all topics with null), by title; {@code dueOnly} keeps those past review. */
    @Transactional(readOnly = true)
    public List<GuidanceView> list(@Nullable String topicCode, boolean dueOnly, int offset, int limit) {
        var lookup = directory.lookup();
        var roles = access.roles();
        return guidance.findCurrent(topicCode, dueOnly, clock.today(), QaRows.page(offset, limit)).stream()
                .map(g -> view(g, lookup, roles)).toList();
    }

    @Transactional(readOnly = true)
    public long count(@Nullable String topicCode, boolean dueOnly) {
        return guidance.countCurrent(topicCode, dueOnly, clock.today());
    }

    /** How many current guidance entries each topic has, for the topic tabs. */
    @Transactional(readOnly = true)
    public Map<String, Long> countsByTopic() {
        var counts = new LinkedHashMap<String, Long>();
        for (var row : guidance.countByTopic()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public Optional<GuidanceView> get(long guidanceId) {
        return guidance.findById(guidanceId).filter(g -> !g.isWithdrawn())
                .map(g -> view(g, directory.lookup(), access.roles()));
    }

    /** Whether the person may promote and edit guidance anywhere (for showing the review flags). */
    @Transactional(readOnly = true)
    public boolean mayReview() {
        var roles = access.roles();
        return roles.contains(Role.STRATEGIC)
                || roles.contains(Role.ADMIN);
    }

    private GuidanceView view(Guidance g, QaDirectory.Lookup lookup, Set<Role> roles) {
        boolean mayEdit = access.mayActStrategically(g.getClusterId(), roles);
        var organisationIds = g.getOrganisationIds().stream().sorted().toList();
        var names = organisationIds.stream().map(lookup::organisationName).filter(n -> n != null).sorted().toList();
        return new GuidanceView(g.id(), g.getVersion(), g.getQuestionId(), g.getTitle(), g.getBody(),
                g.getTopicCode(), lookup.clusterName(g.getClusterId()), g.getReviewDate(),
                g.getReviewDate().isBefore(clock.today()), organisationIds, names, lookup.person(g.getPromotedBy()),
                g.getPromotedAt(), g.getUpdatedAt(), mayEdit);
    }
}
