package dk.sambo.portal.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TopicRepository extends JpaRepository<Topic, Long> {

    List<Topic> findByActiveTrueOrderBySortOrder();

    List<Topic> findAllByOrderBySortOrder();

    Optional<Topic> findByCode(String code);
}
