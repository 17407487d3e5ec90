package dk.sambo.portal.organisation.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TopicRepository extends JpaRepository<Topic, Long> {

    List<Topic> findByActiveTrueOrderBySortOrder();

    List<Topic> findAllByOrderBySortOrder();

    Optional<Topic> findByCode(String code);
}
