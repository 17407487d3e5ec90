package dk.sambo.portal.organisation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.ScopeType;

public interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, Long> {

    @Query("select ra from RoleAssignment ra where ra.person.id = :personId and ra.person.active = true order by ra.role, ra.id")
    List<RoleAssignment> findActiveByPersonId(long personId);

    List<RoleAssignment> findByPersonIdOrderByRole(long personId);

    /** {@link #findActiveByPersonId} for several people in one read. */
    @Query("select ra from RoleAssignment ra join fetch ra.person p where p.id in :personIds and p.active = true order by ra.role, ra.id")
    List<RoleAssignment> findActiveByPersonIdIn(java.util.Collection<Long> personIds);

    /** Line managers whose unit scope lies on the path from the root to {@code path}, deepest first. */
    @Query("""
            select ra.person from RoleAssignment ra, Unit su
            where ra.role = dk.sambo.portal.organisation.Role.LINE_MANAGER
              and ra.scopeType = dk.sambo.portal.organisation.ScopeType.UNIT
              and su.id = ra.scopeId and :path like concat(su.path, '%') and ra.person.active = true
            order by length(su.path) desc, ra.person.name""")
    List<Person> findLineManagersAbove(String path);

    /**
     * {@link #findLineManagersAbove} for several units in one read: each line manager's unit grant (person fetched)
     * with the path of its unit, for every unit scope that lies above or at one of {@code unitIds}.
     */
    @Query("""
            select ra, su.path from RoleAssignment ra join fetch ra.person p, Unit su
            where ra.role = dk.sambo.portal.organisation.Role.LINE_MANAGER
              and ra.scopeType = dk.sambo.portal.organisation.ScopeType.UNIT
              and su.id = ra.scopeId and p.active = true
              and exists (select 1 from Unit cu where cu.id in :unitIds and cu.path like concat(su.path, '%'))""")
    List<Object[]> findLineManagerScopesAbove(java.util.Collection<Long> unitIds);

    /** Senior managers for an organisation: organisation scope, or a unit scope above {@code path}. */
    @Query("""
            select distinct ra.person from RoleAssignment ra
            where ra.role = dk.sambo.portal.organisation.Role.SENIOR_MANAGER and ra.person.active = true
              and ((ra.scopeType = dk.sambo.portal.organisation.ScopeType.ORGANISATION and ra.scopeId = :organisationId)
                or (ra.scopeType = dk.sambo.portal.organisation.ScopeType.UNIT
                    and exists (select 1 from Unit su where su.id = ra.scopeId and :path like concat(su.path, '%'))))
            order by ra.person.name""")
    List<Person> findSeniorManagersOver(long organisationId, String path);

    @Query("""
            select ra from RoleAssignment ra join fetch ra.person p
            where ra.role = :role and p.active = true order by p.name""")
    List<RoleAssignment> findActiveHolders(Role role);

    Optional<RoleAssignment> findByPersonIdAndRoleAndScopeTypeAndScopeId(long personId, Role role,
            ScopeType scopeType, Long scopeId);

    /**
     * Culture-bearer roles an appointment gave that no appointment of the person still needs: none covering the
     * role's unit has ended on or after {@code today} (an appointment starting later needs it already, as the
     * register gives the role when it appoints). {@code personId} null: everyone's.
     */
    @Query("""
            select ra from RoleAssignment ra join fetch ra.person p
            where ra.role = dk.sambo.portal.organisation.Role.CULTURE_BEARER
              and ra.scopeType = dk.sambo.portal.organisation.ScopeType.UNIT and ra.fromAppointment = true
              and (:personId is null or p.id = :personId)
              and not exists (select 1 from CultureBearerAppointment a join a.units u
                  where a.person = p and u.id = ra.scopeId and (a.validTo is null or a.validTo >= :today))
            order by ra.id""")
    List<RoleAssignment> findCultureBearerRolesNoLongerNeeded(@Nullable Long personId, LocalDate today);

    boolean existsByPersonIdAndRoleAndScopeTypeAndScopeId(long personId, Role role, ScopeType scopeType, Long scopeId);

    boolean existsByPersonIdAndRoleAndScopeTypeAndScopeIdIsNull(long personId, Role role, ScopeType scopeType);
}
