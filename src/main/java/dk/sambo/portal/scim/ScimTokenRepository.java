package dk.sambo.portal.scim;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScimTokenRepository extends JpaRepository<ScimToken, Long> {

    Optional<ScimToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    List<ScimToken> findByOrganisationIdOrderByIdDesc(long organisationId);
}
