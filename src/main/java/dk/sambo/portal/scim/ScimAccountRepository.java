package dk.sambo.portal.scim;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScimAccountRepository extends JpaRepository<ScimAccount, Long> {

    Optional<ScimAccount> findByPersonId(long personId);

    List<ScimAccount> findByOrganisationIdOrderByPersonId(long organisationId);
}
