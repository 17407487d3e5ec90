package dk.sambo.portal.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByPersonIdOrderByCreatedAtDescIdDesc(long personId, Pageable page);

    long countByPersonIdAndReadAtIsNull(long personId);

    long countByPersonId(long personId);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.personId = :personId and n.readAt is null")
    int markAllRead(long personId, Instant at);

    List<Notification> findBySubjectTypeAndSubjectId(String subjectType, long subjectId);

    @Query("select n from Notification n where n.emailedAt is null and n.readAt is null and n.createdAt < :before "
            + "order by n.personId, n.createdAt")
    List<Notification> findUnmailedBefore(Instant before);

    /** Unmailed notifications of people who want e-mail at once (no preference row means they do). */
    @Query("""
            select n from Notification n
            where n.emailedAt is null and n.createdAt >= :from and n.createdAt < :to
              and not exists (select 1 from NotificationPreference p
                              where p.personId = n.personId
                                and p.emailMode <> dk.sambo.portal.notification.EmailMode.IMMEDIATE)
            order by n.createdAt, n.id""")
    List<Notification> findImmediateUnmailed(Instant from, Instant to, Pageable page);

    /** People who chose the daily digest and have unread, unmailed notifications from before {@code before}. */
    @Query("""
            select distinct n.personId from Notification n, NotificationPreference p
            where p.personId = n.personId and p.emailMode = dk.sambo.portal.notification.EmailMode.DAILY_DIGEST
              and n.emailedAt is null and n.readAt is null and n.createdAt < :before
            order by n.personId""")
    List<Long> findDigestRecipients(Instant before, Pageable page);

    @Query("""
            select n from Notification n
            where n.personId = :personId and n.emailedAt is null and n.readAt is null and n.createdAt < :before
            order by n.createdAt desc, n.id desc""")
    List<Notification> findDigestOf(long personId, Instant before, Pageable page);

    @Query("""
            select count(n) from Notification n
            where n.personId = :personId and n.emailedAt is null and n.readAt is null and n.createdAt < :before""")
    long countDigestOf(long personId, Instant before);

    @Modifying
    @Query("""
            update Notification n set n.emailedAt = :at
            where n.personId = :personId and n.emailedAt is null and n.createdAt < :before""")
    int markMailed(long personId, Instant before, Instant at);

    /** For each of {@code people}, the newest notification created at or after {@code since}: {personId, id}. */
    @Query("""
            select n.personId, max(n.id) from Notification n
            where n.personId in :people and n.createdAt >= :since
            group by n.personId""")
    List<Object[]> findNewestSince(Collection<Long> people, Instant since);
}
