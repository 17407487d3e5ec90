package dk.sambo.portal.training.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dk.sambo.portal.organisation.CurrentPerson;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.training.domain.SessionInfo;
import dk.sambo.portal.training.domain.SessionScope;
import dk.sambo.portal.training.domain.SessionType;
import dk.sambo.portal.training.domain.TrainingCalendar;
import dk.sambo.portal.training.domain.TrainingLog;
import dk.sambo.portal.training.ui.SessionForm.ScopeOption;

/** What the session form offers the reader: the types and places they may create, and co-organisers. */
@Component
class SessionFormChoices {

    private final TrainingCalendar calendar;
    private final OrganisationService organisation;
    private final TrainingLog log;
    private final CurrentPerson currentPerson;

    SessionFormChoices(TrainingCalendar calendar, OrganisationService organisation, TrainingLog log,
            CurrentPerson currentPerson) {
        this.calendar = calendar;
        this.organisation = organisation;
        this.log = log;
        this.currentPerson = currentPerson;
    }

    /** For every type, the places the reader may create it for; an edited session keeps its own. */
    Map<SessionType, List<ScopeOption>> scopesByType(@Nullable SessionInfo existing, UnaryOperator<String> t) {
        var candidates = new ArrayList<ScopeOption>();
        organisation.clusters().forEach(c -> candidates.add(new ScopeOption(SessionScope.CLUSTER, c.id(),
                t.apply("training.scope.CLUSTER") + ": " + c.name())));
        organisation.organisations().forEach(o -> candidates.add(new ScopeOption(SessionScope.ORGANISATION, o.id(),
                t.apply("training.scope.ORGANISATION") + ": " + o.name())));
        log.myLogUnits().forEach(u -> candidates.add(new ScopeOption(SessionScope.UNIT, u.id(),
                t.apply("training.scope.UNIT") + ": " + u.name() + ", " + u.organisationName())));
        if (existing != null && candidates.stream().noneMatch(o -> o.scope() == existing.scope()
                && o.id() == existing.scopeId())) {
            candidates.add(new ScopeOption(existing.scope(), existing.scopeId(),
                    t.apply("training.scope." + existing.scope().name()) + ": " + existing.scopeName()));
        }
        var result = new LinkedHashMap<SessionType, List<ScopeOption>>();
        for (var type : SessionType.values()) {
            var allowed = candidates.stream().filter(o -> calendar.mayCreate(type, o.scope(), o.id())
                    || existing != null && existing.type() == type && existing.scope() == o.scope()
                            && existing.scopeId() == o.id()).toList();
            if (!allowed.isEmpty()) {
                result.put(type, allowed);
            }
        }
        return result;
    }

    /** The reader's colleagues in their own unit. */
    List<PersonSummary> organiserCandidates() {
        var me = organisation.person(currentPerson.requireId()).orElseThrow();
        if (me.unitId() == null) {
            return List.of();
        }
        return organisation.activePeopleIn(me.unitId()).stream().filter(p -> p.id() != me.id()).toList();
    }

    long me() {
        return currentPerson.requireId();
    }
}
