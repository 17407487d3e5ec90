package dk.sambo.portal.notification;

import java.time.Instant;
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
}
