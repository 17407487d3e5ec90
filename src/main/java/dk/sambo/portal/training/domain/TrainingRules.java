package dk.sambo.portal.training.domain;

import java.util.Set;

import org.springframework.stereotype.Component;

import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.Role;

/**
 * Who may do what in the training calendar, in one place so that services and views agree:
 * <ul>
 * <li>step 1 (Revisionsgruppen): administrators and the region-wide strategic or implementing level;</li>
 * <li>step 2 and other cluster-wide sessions: the cluster's implementing level (or region-wide);</li>
 * <li>organisation-wide sessions: implementing level covering it, or the organisation's senior managers;</li>
 * <li>unit sessions (practice training, peer coaching, knowledge sharing): culture bearers and line managers of
 * the unit; leader sessions for a unit: its line managers and senior managers.</li>
 * </ul>
 * Whoever may create a session may also manage it, as may its organisers.
 */
@Component
class TrainingRules {

    private static final Set<Role> LOCAL_TRAINERS = Set.of(Role.CULTURE_BEARER, Role.LINE_MANAGER);
    private static final Set<Role> LEADERS = Set.of(Role.LINE_MANAGER, Role.SENIOR_MANAGER);

    private final AccessControl access;
    private final OrganisationService organisation;

    TrainingRules(AccessControl access, OrganisationService organisation) {
        this.access = access;
        this.organisation = organisation;
    }

    boolean mayCreate(SessionType type, SessionScope scope, long scopeId) {
        if (access.hasRole(Role.ADMIN)) {
            return true;
        }
        return switch (type) {
            case CROSS_SECTOR_STEP1 -> scope == SessionScope.CLUSTER
                    && access.visibility(Role.STRATEGIC, Role.IMPLEMENTING).region();
            case CROSS_SECTOR_STEP2 -> switch (scope) {
                case CLUSTER -> access.coversCluster(Role.IMPLEMENTING, scopeId);
                case ORGANISATION -> access.coversOrganisation(Role.IMPLEMENTING, scopeId);
                case UNIT -> false;
            };
            case PRACTICE_TRAINING, PEER_COACHING, KNOWLEDGE_SHARING, LEADER_SESSION -> switch (scope) {
                case CLUSTER -> access.coversCluster(Role.IMPLEMENTING, scopeId);
                case ORGANISATION -> access.coversOrganisation(Role.IMPLEMENTING, scopeId)
                        || access.coversOrganisation(Role.SENIOR_MANAGER, scopeId);
                case UNIT -> access.coversUnit(type == SessionType.LEADER_SESSION ? LEADERS : LOCAL_TRAINERS,
                        scopeId) || access.coversUnit(Set.of(Role.IMPLEMENTING, Role.SENIOR_MANAGER), scopeId);
            };
        };
    }

    /** The political level reads only: it does not sign up (issue 10). */
    boolean readOnly() {
        return access.readOnly();
    }

    /** Whether the person may create sessions at all (to show the "new session" button). */
    boolean mayCreateAny() {
        return access.hasRole(Role.ADMIN, Role.STRATEGIC, Role.IMPLEMENTING, Role.CULTURE_BEARER,
                Role.LINE_MANAGER, Role.SENIOR_MANAGER);
    }

    boolean mayManage(TrainingSession session, long personId) {
        return session.getOrganiserIds().contains(personId) || session.getCreatedBy() == personId
                || mayCreate(session.getType(), session.getScope(), session.scopeId());
    }

    /** Whether a session is meant for where the person works (their unit is inside its scope). */
    boolean inScope(TrainingSession session, PersonSummary person) {
        if (person.unitId() == null) {
            return false;
        }
        return switch (session.getScope()) {
            case CLUSTER -> organisation.unit(person.unitId())
                    .map(u -> u.clusterIds().contains(session.getClusterId())).orElse(false);
            case ORGANISATION -> session.getOrganisationId() != null
                    && session.getOrganisationId().equals(person.organisationId());
            case UNIT -> {
                var mine = organisation.unit(person.unitId()).orElse(null);
                var theirs = organisation.unit(session.getUnitId()).orElse(null);
                yield mine != null && theirs != null && mine.path().startsWith(theirs.path());
            }
        };
    }

    /** Whether the person belongs to one of the target groups: knowledge target for staff, roles for the rest. */
    boolean inAudience(Set<Audience> audiences, PersonSummary person) {
        return audiences.stream().anyMatch(a -> switch (a) {
            case STAFF_IN_DEPTH -> person.knowledgeTarget() == dk.sambo.portal.organisation.KnowledgeTarget.IN_DEPTH;
            case STAFF_OVERALL -> person.knowledgeTarget() == dk.sambo.portal.organisation.KnowledgeTarget.OVERALL;
            case LEADERS -> access.hasRole(Role.LINE_MANAGER, Role.SENIOR_MANAGER);
            case CULTURE_BEARERS -> access.hasRole(Role.CULTURE_BEARER);
        });
    }

    /** Culture bearers and line managers log training for their units. */
    boolean mayLog(long unitId) {
        return access.hasRole(Role.ADMIN) || access.coversUnit(LOCAL_TRAINERS, unitId);
    }
}
