package dk.sambo.portal.organisation.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("select distinct o from Organisation o join o.clusters c where c.id = :clusterId order by o.name")
    List<Organisation> findServingCluster(long clusterId);

    List<Organisation> findAllByOrderByName();

    Optional<Organisation> findByCode(String code);
}
