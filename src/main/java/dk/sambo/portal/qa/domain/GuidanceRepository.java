package dk.sambo.portal.qa.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GuidanceRepository extends JpaRepository<Guidance, Long> {

    Optional<Guidance> findByQuestionId(long questionId);

    @Query("select g.questionId from Guidance g where g.withdrawn = false and g.questionId in :questionIds")
    List<Long> findQuestionIdsWithGuidance(Collection<Long> questionIds);

    @Query("""
            select g from Guidance g
            where g.withdrawn = false and (:topicCode is null or g.topicCode = :topicCode)
              and (:dueOnly = false or g.reviewDate < :today)
            order by g.title, g.id""")
    List<Guidance> findCurrent(@Nullable String topicCode, boolean dueOnly, LocalDate today, Pageable page);

    @Query("""
            select count(g) from Guidance g
            where g.withdrawn = false and (:topicCode is null or g.topicCode = :topicCode)
              and (:dueOnly = false or g.reviewDate < :today)""")
    long countCurrent(@Nullable String topicCode, boolean dueOnly, LocalDate today);

    @Query("select g.topicCode, count(g) from Guidance g where g.withdrawn = false group by g.topicCode")
    List<Object[]> countByTopic();

    @Query("""
            select g from Guidance g
            where g.withdrawn = false and g.reviewDate < :today and g.reviewFlaggedAt is null
            order by g.reviewDate, g.id""")
    List<Guidance> findNewlyDueForReview(LocalDate today, Pageable page);
}
