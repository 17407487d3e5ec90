package dk.sambo.portal.organisation.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UnitRepository extends JpaRepository<Unit, Long> {

    List<Unit> findByOrganisationIdOrderByPath(long organisationId);

    @Query("select u from Unit u where u.path like concat(:path, '%') order by u.path")
    List<Unit> findSubtree(String path);

    long countByOrganisationId(long organisationId);
}
