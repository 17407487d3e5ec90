package dk.sambo.portal.organisation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonIdentityRepository extends JpaRepository<PersonIdentity, Long> {

    Optional<PersonIdentity> findByIssuerAndSubject(String issuer, String subject);
}
