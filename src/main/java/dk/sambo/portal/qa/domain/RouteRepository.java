package dk.sambo.portal.qa.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RouteRepository extends JpaRepository<Route, Route.Key> {

    @Query("select r.key.personId from Route r where r.key.questionId = :questionId")
    List<Long> findPersonIds(long questionId);
}
