package dk.sambo.portal.qa.service;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.qa.domain.AnswerRepository;
import dk.sambo.portal.qa.domain.GuidanceRepository;
import dk.sambo.portal.qa.domain.PostType;
import dk.sambo.portal.qa.domain.RevisionRepository;
import dk.sambo.portal.shared.RuleViolation;

/** The texts a post (question, answer, decision, guidance) had before each edit, for those who may see the post. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PostHistory {

    private final VisibleQuestions visibleQuestions;
    private final AnswerRepository answers;
    private final GuidanceRepository guidance;
    private final RevisionRepository revisions;
    private final QaAccess access;
    private final QaDirectory directory;

    PostHistory(VisibleQuestions visibleQuestions, AnswerRepository answers, GuidanceRepository guidance,
            RevisionRepository revisions, QaAccess access, QaDirectory directory) {
        this.visibleQuestions = visibleQuestions;
        this.answers = answers;
        this.guidance = guidance;
        this.revisions = revisions;
        this.access = access;
        this.directory = directory;
    }

    /** The texts a post had before each edit, newest first. */
    public List<RevisionView> history(PostType type, long postId) {
        var me = access.me();
        var roles = access.roles();
        switch (type) {
            case QUESTION, DECISION -> visibleQuestions.visible(postId, me, roles);
            case ANSWER -> {
                var answer = answers.findById(postId).orElseThrow(() -> new RuleViolation("qa.error.not-found"));
                visibleQuestions.visible(answer.getQuestion().id(), me, roles);
                if (answer.isHidden() && !access.mayReadHidden(answer.getQuestion(), answer.getAuthorId(), me)) {
                    throw new AccessDeniedException("Hidden answer");
                }
            }
            case GUIDANCE -> guidance.findById(postId).orElseThrow(() -> new RuleViolation("qa.error.not-found"));
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
}
