package dk.sambo.portal.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClusterRepository extends JpaRepository<Cluster, Long> {

    List<Cluster> findByActiveTrueOrderByName();

    Optional<Cluster> findByCode(String code);
}
