package dk.sambo.portal.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanPhaseRepository extends JpaRepository<PlanPhase, Long> {
    List<PlanPhase> findAllByOrderBySortOrder();
}

interface PlanActivityRepository extends JpaRepository<PlanActivity, Long> {
    @Query("select a from PlanActivity a join fetch a.phase p order by p.sortOrder, a.targetGroup, a.sortOrder")
    List<PlanActivity> findAllOrdered();

    @Query("select count(a) from PlanActivity a where a.checkpointDa is not null")
    long countTracked();
}

interface PlanStatusRepository extends JpaRepository<PlanStatus, Long> {
    Optional<PlanStatus> findByOrganisationIdAndActivityId(long organisationId, long activityId);

    List<PlanStatus> findByOrganisationId(long organisationId);

    @Query("""
            select s.organisationId, count(s) from PlanStatus s
            where s.done = true and s.organisationId in :organisationIds group by s.organisationId""")
    List<Object[]> countDoneByOrganisation(List<Long> organisationIds);
}
