package dk.sambo.portal.spreading;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SpreadingDecisionRepository extends JpaRepository<SpreadingDecision, Long> {

    List<SpreadingDecision> findAllByOrderByUpdatedAtDesc();
}
