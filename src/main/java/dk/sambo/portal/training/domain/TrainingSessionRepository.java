package dk.sambo.portal.training.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

    /**
     * Takes the session row's write lock until the transaction ends and draws the next queue number. Every
     * sign-up, approval, cancellation and promotion for a session goes through here first, so they run one after
     * the other on HSQLDB and PostgreSQL alike, and seat counts read afterwards are exact.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update TrainingSession s set s.signupCounter = s.signupCounter + 1 where s.id = :id")
    int lockAndCount(long id);

    @Query("select s.signupCounter from TrainingSession s where s.id = :id")
    long counter(long id);

    @Query("select s from TrainingSession s where s.start < :to and s.end > :from order by s.start, s.id")
    List<TrainingSession> overlapping(Instant from, Instant to);

    @Query("select s from TrainingSession s where s.id in :ids and s.start < :to and s.end > :from "
            + "and s.cancelledAt is null order by s.start")
    List<TrainingSession> activeOverlapping(Collection<Long> ids, Instant from, Instant to);

    @Query("select s from TrainingSession s join s.organiserIds o where o = :personId order by s.start desc")
    List<TrainingSession> organisedBy(long personId);

    long countByType(SessionType type);
}
