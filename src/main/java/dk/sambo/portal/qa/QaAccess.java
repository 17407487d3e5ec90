package dk.sambo.portal.qa;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.Visibility;

/**
 * The doubt-question rules of who may do what, in one place, so the services and the question page agree.
 * Grants are read fresh from the organisation model on every check.
 */
@Component
class QaAccess {

    private static final Set<Role> LIFTERS = Set.of(Role.CULTURE_BEARER, Role.LINE_MANAGER);

    private final AccessControl access;
    private final CurrentPerson currentPerson;
    private final OrganisationService organisations;

    QaAccess(AccessControl access, CurrentPerson currentPerson, OrganisationService organisations) {
        this.access = access;
        this.currentPerson = currentPerson;
        this.organisations = organisations;
    }

    long me() {
        return currentPerson.requireId();
    }

    Set<Role> roles() {
        return access.roles();
    }

    static boolean isModerator(Set<Role> roles) {
        return roles.contains(Role.CULTURE_BEARER) || roles.contains(Role.ADMIN);
    }

    void requireModerator() {
        if (!isModerator(roles())) {
            throw new AccessDeniedException("Only culture bearers and administrators moderate");
        }
    }

    /** Hidden questions exist only for moderators and the asker. */
    boolean maySee(Question q, long me, Set<Role> roles) {
        return !q.isHidden() || q.getAskerId() == me || isModerator(roles);
    }

    boolean mayEdit(Question q, long me, Set<Role> roles) {
        return q.getAskerId() == me || isModerator(roles);
    }

    boolean mayEdit(Answer a, long me, Set<Role> roles) {
        return a.getAuthorId() == me || isModerator(roles);
    }

    /** The asker or any culture bearer accepts an answer and reopens a question. */
    boolean mayAcceptOrReopen(Question q, long me, Set<Role> roles) {
        return q.getAskerId() == me || roles.contains(Role.CULTURE_BEARER);
    }

    /**
     * A culture bearer or line manager lifts a question to the cluster's strategic level when it concerns their
     * own area: the question was asked in a unit they cover, or in their own organisation. Administrators may.
     */
    boolean mayRaiseGeneral(Question q, long me, Set<Role> roles) {
        if (roles.contains(Role.ADMIN)) {
            return true;
        }
        if (roles.stream().noneMatch(LIFTERS::contains)) {
            return false;
        }
        if (q.getUnitId() != null && access.coversUnit(LIFTERS, q.getUnitId())) {
            return true;
        }
        var ownOrganisation = organisations.person(me).map(p -> p.organisationId()).orElse(null);
        return ownOrganisation != null && ownOrganisation.equals(q.getOrganisationId());
    }

    /** The strategic level of the question's cluster (or of the region) decides and promotes. */
    boolean mayDecide(Question q, Set<Role> roles) {
        return mayActStrategically(q.getClusterId(), roles);
    }

    boolean mayActStrategically(Long clusterId, Set<Role> roles) {
        if (roles.contains(Role.ADMIN)) {
            return true;
        }
        if (!roles.contains(Role.STRATEGIC)) {
            return false;
        }
        return clusterId != null ? access.coversCluster(Role.STRATEGIC, clusterId)
                : access.visibility(Role.STRATEGIC).region();
    }

    /** The clusters whose follow-up lists (overdue, general questions) the person may read. */
    Visibility followUpScope() {
        if (access.hasRole(Role.ADMIN)) {
            return new Visibility(true, Set.of(), Set.of(), Set.of());
        }
        return access.visibility(Role.IMPLEMENTING, Role.STRATEGIC);
    }

    void requireFollowUpOf(Long clusterId) {
        var scope = followUpScope();
        if (!(scope.region() || clusterId != null && scope.clusterIds().contains(clusterId))) {
            throw new AccessDeniedException("Not the implementing or strategic level of cluster " + clusterId);
        }
    }
}
