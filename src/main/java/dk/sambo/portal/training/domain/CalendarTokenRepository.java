package dk.sambo.portal.training.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarTokenRepository extends JpaRepository<CalendarToken, Long> {

    Optional<CalendarToken> findByToken(String token);

    Optional<CalendarToken> findByPersonId(long personId);
}
