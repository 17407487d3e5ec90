package dk.sambo.portal.organisation.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonIdentityRepository extends JpaRepository<PersonIdentity, Long> {

    Optional<PersonIdentity> findByIssuerAndSubject(String issuer, String subject);
}
