package dk.sambo.portal.qa.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RevisionRepository extends JpaRepository<Revision, Long> {

    List<Revision> findByPostTypeAndPostIdOrderByEditedAtDescIdDesc(PostType postType, long postId);

    @Query("select distinct r.postId from Revision r where r.postType = :postType and r.postId in :postIds")
    List<Long> findPostsWithHistory(PostType postType, Collection<Long> postIds);
}
