package dk.sambo.portal.organisation.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ClusterRepository extends JpaRepository<Cluster, Long> {

    List<Cluster> findByActiveTrueOrderByName();

    Optional<Cluster> findByCode(String code);
}
