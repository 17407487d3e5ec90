package dk.sambo.portal.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoginThrottleRepository extends JpaRepository<LoginThrottleRecord, Long> {

    Optional<LoginThrottleRecord> findByUsernameKey(String usernameKey);

    List<LoginThrottleRecord> findByBlockedUntilAfterOrderByBlockedUntilDesc(Instant now);
}
