package dk.sambo.portal.qa.service;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.qa.domain.QuestionRepository;

/**
 * The cluster's follow-up of doubt questions (implementing and strategic level): open questions past their
 * response time, escalated or about to be, in the clusters the person covers and nowhere else.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('IMPLEMENTING', 'STRATEGIC', 'ADMIN')")
public class FollowUp {

    private final QuestionRepository questions;
    private final QaAccess access;
    private final QaRows rows;
    private final OrganisationService organisations;
    private final QaClock clock;

    FollowUp(QuestionRepository questions, QaAccess access, QaRows rows, OrganisationService organisations,
            QaClock clock) {
        this.questions = questions;
        this.access = access;
        this.rows = rows;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The clusters whose lists the person may read, as id and name; all clusters for region-wide roles. */
    public List<ClusterChoice> myClusters() {
        var scope = access.followUpScope();
        return organisations.clusters().stream()
                .filter(c -> scope.region() || scope.clusterIds().contains(c.id()))
                .map(c -> new ClusterChoice(c.id(), c.name())).toList();
    }

    /** Overdue open questions of one cluster (or, with null, of every cluster the person covers). */
    public List<QuestionRow> overdue(@Nullable Long clusterId, int offset, int limit) {
        var scope = scope(access, clusterId);
        return rows.of(questions.findOverdue(scope.everywhere(), scope.clusterIds(), clock.now(),
                QaRows.page(offset, limit)));
    }

    public long countOverdue(@Nullable Long clusterId) {
        var scope = scope(access, clusterId);
        return questions.countOverdue(scope.everywhere(), scope.clusterIds(), clock.now());
    }

    public record ClusterChoice(long id, String name) {
    }

    /** What a list query may cover: one cluster the person follows up on, or all of theirs. */
    record Scope(boolean everywhere, List<Long> clusterIds) {
    }

    static Scope scope(QaAccess access, @Nullable Long clusterId) {
        if (clusterId != null) {
            access.requireFollowUpOf(clusterId);
            return new Scope(false, List.of(clusterId));
        }
        var visibility = access.followUpScope();
        if (visibility.region()) {
            return new Scope(true, List.of(-1L));
        }
        // An empty IN list is not valid SQL everywhere; -1 matches no cluster.
        return new Scope(false, visibility.clusterIds().isEmpty() ? List.of(-1L) : List.copyOf(visibility.clusterIds()));
    }
}
