package dk.sambo.portal.qa.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionRepository extends JpaRepository<Question, Long> {

    @Query("select q from Question q where q.askerId = :askerId order by q.lastActivityAt desc, q.id desc")
    List<Question> findByAsker(long askerId, Pageable page);

    long countByAskerId(long askerId);

    /**
     * The hidden questions a moderator might find, in one query (the search runs it on every keystroke): those
     * routed to the person, those asked from a unit (a culture bearer's scope is the unit) and, for the
     * implementing level ({@code everyScope}), all of them; as id, unit, cluster and whether routed to the person,
     * so {@link dk.sambo.portal.qa.service.QaAccess} decides the scope without a query per question.
     */
    @Query("""
            select new dk.sambo.portal.qa.domain.HiddenQuestionScope(q.id, q.unitId, q.clusterId,
                case when exists (select 1 from Route r where r.key.questionId = q.id and r.key.personId = :personId)
                     then true else false end)
            from Question q
            where q.moderation.hidden = true
              and (:everyScope = true or q.unitId is not null
                   or exists (select 1 from Route r where r.key.questionId = q.id and r.key.personId = :personId))""")
    List<HiddenQuestionScope> findHiddenScopes(long personId, boolean everyScope);

    @Query("select t from Question q join q.tags t where q.moderation.hidden = false group by t order by count(q) desc, t")
    List<String> findPopularTags(Pageable page);

    /** A culture bearer's queue: overdue first, then by due time. */
    @Query("""
            select q from Question q
            where q.status = :status and q.moderation.hidden = false
              and exists (select 1 from Route r where r.key.questionId = q.id and r.key.personId = :personId)
            order by case when q.dueAt < :now then 0 else 1 end, q.dueAt, q.id""")
    List<Question> findQueue(long personId, QuestionStatus status, Instant now, Pageable page);

    @Query("""
            select count(q) from Question q
            where q.status = :status and q.moderation.hidden = false
              and exists (select 1 from Route r where r.key.questionId = q.id and r.key.personId = :personId)""")
    long countQueue(long personId, QuestionStatus status);

    @Query("""
            select count(q) from Question q
            where q.status = dk.sambo.portal.qa.domain.QuestionStatus.OPEN and q.moderation.hidden = false and q.dueAt < :now
              and exists (select 1 from Route r where r.key.questionId = q.id and r.key.personId = :personId)""")
    long countQueueOverdue(long personId, Instant now);

    /** Open questions past their response time in some clusters (or everywhere), the most overdue first. */
    @Query("""
            select q from Question q
            where q.status = dk.sambo.portal.qa.domain.QuestionStatus.OPEN and q.moderation.hidden = false and q.dueAt < :now
              and (:everywhere = true or q.clusterId in :clusterIds)
            order by q.dueAt, q.id""")
    List<Question> findOverdue(boolean everywhere, Collection<Long> clusterIds, Instant now, Pageable page);

    @Query("""
            select count(q) from Question q
            where q.status = dk.sambo.portal.qa.domain.QuestionStatus.OPEN and q.moderation.hidden = false and q.dueAt < :now
              and (:everywhere = true or q.clusterId in :clusterIds)""")
    long countOverdue(boolean everywhere, Collection<Long> clusterIds, Instant now);

    /** General questions lifted to the strategic level: those awaiting a decision first. */
    @Query("""
            select q from Question q
            where q.generalRaisedAt is not null and q.moderation.hidden = false
              and (:everywhere = true or q.clusterId in :clusterIds)
              and (:undecidedOnly = false or q.decidedAt is null)
            order by case when q.decidedAt is null then 0 else 1 end, q.generalRaisedAt desc, q.id desc""")
    List<Question> findGeneral(boolean everywhere, Collection<Long> clusterIds, boolean undecidedOnly,
            Pageable page);

    @Query("""
            select count(q) from Question q
            where q.generalRaisedAt is not null and q.moderation.hidden = false
              and (:everywhere = true or q.clusterId in :clusterIds)
              and (:undecidedOnly = false or q.decidedAt is null)""")
    long countGeneral(boolean everywhere, Collection<Long> clusterIds, boolean undecidedOnly);

    /** Open, past due and not yet escalated: the escalation job's work, in batches. */
    @Query("""
            select q from Question q
            where q.status = dk.sambo.portal.qa.domain.QuestionStatus.OPEN and q.moderation.hidden = false
              and q.dueAt < :now and q.escalatedAt is null
            order by q.dueAt, q.id""")
    List<Question> findToEscalate(Instant now, Pageable page);
}
