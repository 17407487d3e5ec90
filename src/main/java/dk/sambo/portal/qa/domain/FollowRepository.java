package dk.sambo.portal.qa.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FollowRepository extends JpaRepository<Follow, Long> {

    Optional<Follow> findByPersonIdAndKindAndTarget(long personId, FollowKind kind, String target);

    boolean existsByPersonIdAndKindAndTarget(long personId, FollowKind kind, String target);

    List<Follow> findByPersonIdAndKindOrderByTarget(long personId, FollowKind kind);

    @Query("select distinct f.personId from Follow f where f.kind = :kind and f.target in :targets")
    List<Long> findFollowers(FollowKind kind, Collection<String> targets);
}
