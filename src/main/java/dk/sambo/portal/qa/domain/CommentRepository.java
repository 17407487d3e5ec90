package dk.sambo.portal.qa.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByQuestionIdOrderByCreatedAtAscIdAsc(long questionId);

    boolean existsByQuestionIdAndKind(long questionId, Comment.Kind kind);
}
