package dk.sambo.portal.qa.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UsefulMarkRepository extends JpaRepository<UsefulMark, UsefulMark.Key> {

    @Query("select count(m) from UsefulMark m where m.key.answerId = :answerId")
    int countByAnswer(long answerId);

    @Query("select m.key.answerId from UsefulMark m where m.key.personId = :personId and m.key.answerId in :answerIds")
    List<Long> findMarkedBy(long personId, Collection<Long> answerIds);
}
