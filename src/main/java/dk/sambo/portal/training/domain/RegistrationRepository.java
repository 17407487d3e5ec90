package dk.sambo.portal.training.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    Optional<Registration> findBySessionIdAndPersonId(long sessionId, long personId);

    List<Registration> findBySessionIdOrderByQueueNo(long sessionId);

    List<Registration> findBySessionIdAndStatusOrderByQueueNo(long sessionId, RegistrationStatus status);

    List<Registration> findByPersonId(long personId);

    long countBySessionIdAndStatus(long sessionId, RegistrationStatus status);

    @Query("select count(r) from Registration r where r.sessionId = :sessionId and r.status = 'WAITLISTED' "
            + "and r.queueNo < :queueNo")
    long waitlistedBefore(long sessionId, long queueNo);

    @Query("select r.sessionId, count(r) from Registration r where r.sessionId in :ids and r.status = 'APPROVED' "
            + "group by r.sessionId")
    List<Object[]> approvedCounts(Collection<Long> ids);

    @Query("select r.sessionId from Registration r where r.personId = :personId and r.status in "
            + "('PENDING', 'APPROVED', 'WAITLISTED')")
    List<Long> activeSessionIdsOf(long personId);

    @Query("select r from Registration r, TrainingSession s where s.id = r.sessionId and r.status = 'PENDING' "
            + "and s.start > :now and s.cancelledAt is null order by s.start, r.queueNo")
    List<Registration> pendingForFutureSessions(Instant now);

    @Query("select r from Registration r, TrainingSession s where s.id = r.sessionId and r.status = 'APPROVED' "
            + "and r.remindedAt is null and s.cancelledAt is null and s.start > :now and s.start <= :until")
    List<Registration> dueForReminder(Instant now, Instant until);
}
