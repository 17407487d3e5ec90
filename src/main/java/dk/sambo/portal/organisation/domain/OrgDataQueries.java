package dk.sambo.portal.organisation.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import dk.sambo.portal.organisation.KnowledgeTarget;
import dk.sambo.portal.organisation.Role;

/** The queries of unit administration, the organisation import and provisioning (kept apart from the shared repositories). */
public interface OrgDataQueries extends Repository<Unit, Long> {

    @Query("select u from Unit u join fetch u.organisation where u.organisation.id = :organisationId and u.parent is null order by u.name, u.id")
    List<Unit> topUnits(long organisationId, Pageable page);

    @Query("select count(u) from Unit u where u.organisation.id = :organisationId and u.parent is null")
    long countTopUnits(long organisationId);

    @Query("select u from Unit u join fetch u.organisation where u.parent.id = :parentId order by u.name, u.id")
    List<Unit> childUnits(long parentId, Pageable page);

    @Query("select count(u) from Unit u where u.parent.id = :parentId")
    long countChildUnits(long parentId);

    @Query("select count(p) from Person p where p.unit.id = :unitId and p.active = true")
    long countActivePeopleIn(long unitId);

    @Query("select count(u) from Unit u where u.parent.id = :parentId and u.closedOn is null")
    long countOpenChildUnits(long parentId);

    @Query("select u from Unit u where u.organisation.id = :organisationId and u.code = :code")
    Optional<Unit> unitByCode(long organisationId, String code);

    /** Every unit with its organisation: the import compares a whole file with them. */
    @Query("select u from Unit u join fetch u.organisation left join fetch u.parent left join fetch u.cluster")
    List<Unit> allUnits();

    /** Every person as the import compares them: one row each, no entities. */
    @Query("""
            select new dk.sambo.portal.organisation.domain.OrgDataQueries$PersonRow(p.id, p.email, p.name, p.jobTitle,
                   p.knowledgeTarget, p.active, u.id, o.id)
            from Person p left join p.unit u left join u.organisation o""")
    List<PersonRow> allPeople();

    @Query("""
            select new dk.sambo.portal.organisation.domain.OrgDataQueries$RoleRow(ra.person.id, ra.role, ra.scopeId)
            from RoleAssignment ra where ra.scopeType = dk.sambo.portal.organisation.ScopeType.UNIT
              and ra.role in (dk.sambo.portal.organisation.Role.STAFF, dk.sambo.portal.organisation.Role.LINE_MANAGER)""")
    List<RoleRow> unitRoles();

    @Query("select ra from RoleAssignment ra where ra.person.id = :personId and ra.scopeType = dk.sambo.portal.organisation.ScopeType.UNIT and ra.scopeId = :unitId and ra.role = :role")
    List<RoleAssignment> unitRole(long personId, long unitId, Role role);

    /** The STAFF and LINE_MANAGER unit roles of some people, with the person: the import changes them a batch at a time. */
    @Query("""
            select ra from RoleAssignment ra join fetch ra.person
            where ra.person.id in :personIds and ra.scopeType = dk.sambo.portal.organisation.ScopeType.UNIT
              and ra.role in (dk.sambo.portal.organisation.Role.STAFF, dk.sambo.portal.organisation.Role.LINE_MANAGER)""")
    List<RoleAssignment> unitRolesOf(java.util.Collection<Long> personIds);

    @Query("select count(ra) from RoleAssignment ra where ra.role = dk.sambo.portal.organisation.Role.ADMIN and ra.person.active = true")
    long countActiveAdmins();

    record PersonRow(long id, String email, String name, String jobTitle, KnowledgeTarget knowledgeTarget,
            boolean active, Long unitId, Long organisationId) {
    }

    record RoleRow(long personId, Role role, Long unitId) {
    }
}
