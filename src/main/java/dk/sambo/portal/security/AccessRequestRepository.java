package dk.sambo.portal.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessRequestRepository extends JpaRepository<AccessRequest, Long> {

    Optional<AccessRequest> findByIssuerAndSubject(String issuer, String subject);

    List<AccessRequest> findByStatusOrderByLastAttemptAtDesc(AccessRequest.Status status);

    long countByStatus(AccessRequest.Status status);
}
