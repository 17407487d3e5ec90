package dk.sambo.portal.qa;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RedactionRepository extends JpaRepository<Redaction, Long> {

    List<Redaction> findByPostTypeAndPostIdOrderByIdAsc(PostType postType, long postId);
}
