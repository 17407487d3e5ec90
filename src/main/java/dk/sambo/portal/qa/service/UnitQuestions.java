package dk.sambo.portal.qa.service;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.qa.domain.Question;

/**
 * A line manager's view of the doubt questions asked from the units they lead and the units below them: those
 * still open (unanswered or answered but not resolved), overdue ones first, then the newest. The scope is the
 * person's LINE_MANAGER grants ({@link AccessControl#visibility}), read fresh on every call; the database
 * selects by the unit path each question was asked from.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('LINE_MANAGER')")
public class UnitQuestions {

    private static final String OPEN = "q.status <> dk.sambo.portal.qa.domain.QuestionStatus.RESOLVED "
            + "and q.moderation.hidden = false";
    private static final String OVERDUE = "q.status = dk.sambo.portal.qa.domain.QuestionStatus.OPEN and q.dueAt < :now";

    private final EntityManager em;
    private final AccessControl access;
    private final QaRows rows;
    private final QaClock clock;

    UnitQuestions(EntityManager em, AccessControl access, QaRows rows, QaClock clock) {
        this.em = em;
        this.access = access;
        this.rows = rows;
        this.clock = clock;
    }

    /** How many are open, and how many of those are past their response time without an answer. */
    public record Counts(long open, long overdue) {
    }

    /** Open questions from my units: overdue first, then newest first. */
    public List<QuestionRow> open(int offset, int limit) {
        var paths = myUnitPaths();
        if (paths.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("select q from Question q where " + OPEN + " and " + inUnits(paths)
                + " order by case when " + OVERDUE + " then 0 else 1 end, q.askedAt desc, q.id desc", Question.class);
        bind(query, paths).setParameter("now", clock.now());
        return rows.of(query.setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    public Counts counts() {
        var paths = myUnitPaths();
        if (paths.isEmpty()) {
            return new Counts(0, 0);
        }
        var query = em.createQuery("select count(q), coalesce(sum(case when " + OVERDUE + " then 1 else 0 end), 0) "
                + "from Question q where " + OPEN + " and " + inUnits(paths), Object[].class);
        bind(query, paths).setParameter("now", clock.now());
        var row = query.getSingleResult();
        return new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    private List<String> myUnitPaths() {
        return access.visibility(Role.LINE_MANAGER).unitPaths().stream().sorted().toList();
    }

    /** A question asked from one of the units or below it: its unit path starts with theirs. */
    private static String inUnits(List<String> paths) {
        var clause = new StringBuilder("(");
        for (int i = 0; i < paths.size(); i++) {
            clause.append(i == 0 ? "" : " or ").append("q.unitPath like :path").append(i);
        }
        return clause.append(")").toString();
    }

    private static Query bind(Query query, List<String> paths) {
        for (int i = 0; i < paths.size(); i++) {
            query.setParameter("path" + i, paths.get(i) + "%");
        }
        return query;
    }
}
