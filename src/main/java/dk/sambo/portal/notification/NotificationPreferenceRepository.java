package dk.sambo.portal.notification;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationPreferenceRepository extends JpaRepository<NotificationPreference, Long> {

    Optional<NotificationPreference> findByPersonId(long personId);
}
