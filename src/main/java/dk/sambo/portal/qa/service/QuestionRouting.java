package dk.sambo.portal.qa.service;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.qa.domain.Question;
import dk.sambo.portal.qa.domain.Route;
import dk.sambo.portal.qa.domain.RouteRepository;

/**
 * Where a new question comes from (the asker's unit, organisation and cluster) and to whom it goes: the culture
 * bearers who cover the unit and the topic, or all culture bearers of the unit where none has the topic.
 */
@Component
class QuestionRouting {

    private final OrganisationService organisations;
    private final RouteRepository routes;

    QuestionRouting(OrganisationService organisations, RouteRepository routes) {
        this.organisations = organisations;
        this.routes = routes;
    }

    /** The asker and their unit (none for a person without one). */
    record Origin(PersonSummary asker, @Nullable UnitSummary unit) {

        @Nullable Long clusterId() {
            // A unit of a cross-cluster organisation without a cluster of its own belongs to no single cluster.
            return unit != null && unit.clusterIds().size() == 1 ? unit.clusterIds().getFirst() : null;
        }
    }

    Origin origin(long personId) {
        var asker = organisations.person(personId).orElseThrow();
        var unit = asker.unitId() == null ? null : organisations.unit(asker.unitId()).orElse(null);
        return new Origin(asker, unit);
    }

    /** Routes the question and returns the people it went to. */
    List<Long> route(Question question, @Nullable UnitSummary unit, long askerId) {
        if (unit == null) {
            return List.of();
        }
        var bearers = organisations.cultureBearersCovering(unit.id(), question.getTopicCode());
        if (bearers.isEmpty()) {
            bearers = organisations.cultureBearersCovering(unit.id(), null);
        }
        var routed = new ArrayList<Long>();
        for (var bearer : bearers) {
            if (bearer.id() != askerId && bearer.active()) {
                routes.save(new Route(question.id(), bearer.id(), question.getAskedAt()));
                routed.add(bearer.id());
            }
        }
        return routed;
    }
}
