package dk.sambo.portal.qa.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RedactionRepository extends JpaRepository<Redaction, Long> {

    List<Redaction> findByPostTypeAndPostIdOrderByIdAsc(PostType postType, long postId);
}
