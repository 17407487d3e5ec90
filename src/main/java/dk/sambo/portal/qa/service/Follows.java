package dk.sambo.portal.qa.service;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.organisation.TopicService;
import dk.sambo.portal.qa.domain.Follow;
import dk.sambo.portal.qa.domain.FollowKind;
import dk.sambo.portal.qa.domain.FollowRepository;
import dk.sambo.portal.qa.domain.QuestionRepository;
import dk.sambo.portal.qa.domain.QuestionStatus;
import dk.sambo.portal.shared.RuleViolation;

/** What the logged-in person follows: questions, topics and tags. Always their own. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class Follows {

    private final FollowRepository follows;
    private final QuestionRepository questions;
    private final VisibleQuestions visibleQuestions;
    private final TopicService topics;
    private final QaAccess access;
    private final QaClock clock;

    Follows(FollowRepository follows, QuestionRepository questions, VisibleQuestions visibleQuestions,
            TopicService topics, QaAccess access, QaClock clock) {
        this.follows = follows;
        this.questions = questions;
        this.visibleQuestions = visibleQuestions;
        this.topics = topics;
        this.access = access;
        this.clock = clock;
    }

    public void follow(FollowKind kind, String target) {
        var me = access.me();
        var key = target(kind, target, me);
        if (!follows.existsByPersonIdAndKindAndTarget(me, kind, key)) {
            follows.save(new Follow(me, kind, key, clock.now()));
        }
    }

    public void unfollow(FollowKind kind, String target) {
        var me = access.me();
        var key = kind == FollowKind.TAG ? QaText.normaliseTag(target) : target.strip();
        follows.findByPersonIdAndKindAndTarget(me, kind, key).ifPresent(follows::delete);
    }

    @Transactional(readOnly = true)
    public boolean isFollowing(FollowKind kind, String target) {
        var key = kind == FollowKind.TAG ? QaText.normaliseTag(target) : target.strip();
        return follows.existsByPersonIdAndKindAndTarget(access.me(), kind, key);
    }

    /** Topic codes or tags the person follows. */
    @Transactional(readOnly = true)
    public List<String> mine(FollowKind kind) {
        return follows.findByPersonIdAndKindOrderByTarget(access.me(), kind).stream().map(Follow::getTarget).toList();
    }

    /** The questions the person follows, newest activity first, as list rows they may still see. */
    @Transactional(readOnly = true)
    public List<FollowedQuestion> myQuestions() {
        var me = access.me();
        var roles = access.roles();
        var ids = follows.findByPersonIdAndKindOrderByTarget(me, FollowKind.QUESTION).stream()
                .map(f -> Long.valueOf(f.getTarget())).toList();
        return questions.findAllById(ids).stream().filter(q -> access.maySee(q, me, roles))
                .sorted((a, b) -> b.getLastActivityAt().compareTo(a.getLastActivityAt()))
                .map(q -> new FollowedQuestion(q.id(), q.getTitle(), q.getStatus())).toList();
    }

    public record FollowedQuestion(long id, String title, QuestionStatus status) {
    }

    private String target(FollowKind kind, String target, long me) {
        return switch (kind) {
            case QUESTION -> {
                long id;
                try {
                    id = Long.parseLong(target.strip());
                } catch (NumberFormatException e) {
                    throw new RuleViolation("qa.error.not-found");
                }
                yield Long.toString(visibleQuestions.visible(id, me, access.roles()).id());
            }
            case TOPIC -> topics.byCode(target.strip()).orElseThrow(() -> new RuleViolation("qa.error.not-found"))
                    .code();
            case TAG -> {
                var tag = QaText.normaliseTag(target);
                if (tag.isEmpty()) {
                    throw new RuleViolation("qa.error.required.tag");
                }
                dk.sambo.portal.shared.privacy.PatientDataGuard.check("qa.field.tags", tag);
                yield tag;
            }
        };
    }
}
