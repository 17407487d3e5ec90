package dk.sambo.portal.qa.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.Visibility;
import dk.sambo.portal.qa.domain.Answer;
import dk.sambo.portal.qa.domain.Question;
import dk.sambo.portal.qa.domain.QuestionRepository;
import dk.sambo.portal.qa.domain.RouteRepository;

/**
 * The doubt-question rules of who may do what, in one place, so the services and the question page agree.
 * Grants are read fresh from the organisation model on every check.
 */
@Component
public class QaAccess {

    private static final Set<Role> LIFTERS = Set.of(Role.CULTURE_BEARER, Role.LINE_MANAGER);

    private final AccessControl access;
    private final CurrentPerson currentPerson;
    private final OrganisationService organisations;
    private final RouteRepository routes;
    private final QuestionRepository questions;

    public QaAccess(AccessControl access, CurrentPerson currentPerson, OrganisationService organisations,
            RouteRepository routes, QuestionRepository questions) {
        this.access = access;
        this.currentPerson = currentPerson;
        this.organisations = organisations;
        this.routes = routes;
        this.questions = questions;
    }

    public long me() {
        return currentPerson.requireId();
    }

    public Set<Role> roles() {
        return access.roles();
    }

    /** Refuses the read-only political level: it changes nothing in the doubt questions. */
    public void requireWriter() {
        access.requireNotReadOnly();
    }

    public boolean readOnly() {
        return access.readOnly();
    }

    /**
     * Hiding, showing and editing others' posts belong to the culture bearers the question was routed to or whose
     * culture-bearer scope covers the unit it was asked from, to the implementing level of its cluster, and to
     * administrators. A culture bearer elsewhere in the region moderates nothing here.
     */
    public boolean mayModerate(Question q) {
        if (access.hasRole(Role.ADMIN) || implementingLevelOf(q)) {
            return true;
        }
        return mayModerateAsCultureBearer(q);
    }

    private boolean mayModerateAsCultureBearer(Question q) {
        if (!access.hasRole(Role.CULTURE_BEARER)) {
            return false;
        }
        var me = currentPerson.id().orElse(null);
        if (me != null && routes.findPersonIds(q.id()).contains(me)) {
            return true;
        }
        return q.getUnitId() != null && access.coversUnit(Role.CULTURE_BEARER, q.getUnitId());
    }

    /** The implementing level covering the question's cluster (or, for a question of no single cluster, its unit). */
    private boolean implementingLevelOf(Question q) {
        return access.hasRole(Role.IMPLEMENTING) && implementingLevelOf(q.getClusterId(), q.getUnitId(),
                unitId -> access.coversUnit(Role.IMPLEMENTING, unitId));
    }

    private boolean implementingLevelOf(@Nullable Long clusterId, @Nullable Long unitId,
            Predicate<Long> coversUnit) {
        if (clusterId != null) {
            return access.coversCluster(Role.IMPLEMENTING, clusterId);
        }
        return unitId != null ? coversUnit.test(unitId) : access.visibility(Role.IMPLEMENTING).region();
    }

    /**
     * The hidden questions the current person may moderate (and so find in the search), by the rule of
     * {@link #mayModerate} short of the administrator (who finds everything anyway): one query for the hidden
     * questions routed to them or in some scope, the scope checked once per unit, not per question.
     */
    public List<Long> moderatedHiddenQuestionIds() {
        boolean cultureBearer = access.hasRole(Role.CULTURE_BEARER);
        boolean implementing = access.hasRole(Role.IMPLEMENTING);
        if (!cultureBearer && !implementing) {
            return List.of();
        }
        long me = currentPerson.id().orElse(-1L);
        Map<Long, Boolean> implementingUnits = new HashMap<>();
        Map<Long, Boolean> cultureBearerUnits = new HashMap<>();
        var found = new ArrayList<Long>();
        for (var q : questions.findHiddenScopes(me, implementing)) {
            boolean moderates = implementing && implementingLevelOf(q.clusterId(), q.unitId(),
                    unitId -> implementingUnits.computeIfAbsent(unitId,
                            u -> access.coversUnit(Role.IMPLEMENTING, u)));
            if (!moderates && cultureBearer) {
                moderates = q.routedToMe() || (q.unitId() != null && cultureBearerUnits.computeIfAbsent(q.unitId(),
                        u -> access.coversUnit(Role.CULTURE_BEARER, u)));
            }
            if (moderates) {
                found.add(q.questionId());
            }
        }
        return found;
    }

    /** Redaction cannot be undone: administrators and the implementing level of the question's cluster only. */
    public boolean mayRedact(Question q) {
        return access.hasRole(Role.ADMIN) || implementingLevelOf(q);
    }

    /** Guidance and decisions belong to a cluster (null: the region). */
    public boolean mayRedactInCluster(Long clusterId) {
        if (access.hasRole(Role.ADMIN)) {
            return true;
        }
        return clusterId != null ? access.coversCluster(Role.IMPLEMENTING, clusterId)
                : access.visibility(Role.IMPLEMENTING).region();
    }

    public void requireModerator(Question q) {
        if (!mayModerate(q)) {
            throw new AccessDeniedException("Not a moderator of question " + q.id());
        }
    }

    /**
     * Hidden questions exist only for their asker and for those who may moderate them (field-level rule, ASVS
     * 8.2.3): a culture bearer elsewhere in the region neither finds nor reads them.
     */
    public boolean maySee(Question q, long me, Set<Role> roles) {
        return !q.isHidden() || q.getAskerId() == me || mayModerate(q);
    }

    /**
     * Whether the reader may read a hidden post's text and the reason it was hidden: its author, and those who may
     * moderate the question it belongs to. Everyone else reads that it was hidden, not what it said.
     */
    public boolean mayReadHidden(Question q, long authorId, long me) {
        return authorId == me || mayModerate(q);
    }

    /** The asker edits their own question (not the read-only level); moderators of its scope edit any. */
    public boolean mayEdit(Question q, long me, Set<Role> roles) {
        return !readOnly() && (q.getAskerId() == me || mayModerate(q));
    }

    public boolean mayEdit(Answer a, long me, Set<Role> roles) {
        return !readOnly() && (a.getAuthorId() == me || mayModerate(a.getQuestion()));
    }

    /**
     * The asker, or a culture bearer the question belongs to (routed to them or asked in a unit they cover),
     * accepts an answer and reopens a question.
     */
    public boolean mayAcceptOrReopen(Question q, long me, Set<Role> roles) {
        return !readOnly() && (q.getAskerId() == me || mayModerateAsCultureBearer(q));
    }

    /**
     * A culture bearer or line manager lifts a question to the cluster's strategic level when it concerns their
     * own area: the question was asked in a unit they cover, or in their own organisation. Administrators may.
     */
    public boolean mayRaiseGeneral(Question q, long me, Set<Role> roles) {
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
    public boolean mayDecide(Question q, Set<Role> roles) {
        return mayActStrategically(q.getClusterId(), roles);
    }

    public boolean mayActStrategically(Long clusterId, Set<Role> roles) {
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
    public Visibility followUpScope() {
        if (access.hasRole(Role.ADMIN)) {
            return new Visibility(true, Set.of(), Set.of(), Set.of());
        }
        return access.visibility(Role.IMPLEMENTING, Role.STRATEGIC);
    }

    public void requireFollowUpOf(Long clusterId) {
        var scope = followUpScope();
        if (!(scope.region() || clusterId != null && scope.clusterIds().contains(clusterId))) {
            throw new AccessDeniedException("Not the implementing or strategic level of cluster " + clusterId);
        }
    }
}
