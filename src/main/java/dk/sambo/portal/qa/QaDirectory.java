package dk.sambo.portal.qa;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.UnitSummary;

/**
 * Names for ids, looked up through the organisation model. One {@link Lookup} serves one request and
 * remembers what it found, so a list of 50 questions from one unit asks for that unit once.
 */
@Component
class QaDirectory {

    private final OrganisationService organisations;

    QaDirectory(OrganisationService organisations) {
        this.organisations = organisations;
    }

    Lookup lookup() {
        return new Lookup();
    }

    class Lookup {

        private final Map<Long, PersonRef> people = new HashMap<>();
        private final Map<Long, Optional<UnitSummary>> units = new HashMap<>();
        private final Map<Long, Optional<String>> organisationNames = new HashMap<>();
        private final Map<Long, Optional<String>> clusterNames = new HashMap<>();

        PersonRef person(long id) {
            return people.computeIfAbsent(id, key -> organisations.person(key)
                    .map(p -> new PersonRef(p.id(), p.name(), p.jobTitle(), p.unitName(), p.organisationName()))
                    .orElseGet(() -> PersonRef.unknown(key)));
        }

        @Nullable PersonRef personOrNull(@Nullable Long id) {
            return id == null ? null : person(id);
        }

        Optional<UnitSummary> unit(@Nullable Long id) {
            return id == null ? Optional.empty() : units.computeIfAbsent(id, organisations::unit);
        }

        @Nullable String organisationName(@Nullable Long id) {
            return id == null ? null : organisationNames.computeIfAbsent(id,
                    key -> organisations.organisation(key).map(o -> o.getName())).orElse(null);
        }

        @Nullable String clusterName(@Nullable Long id) {
            return id == null ? null : clusterNames.computeIfAbsent(id,
                    key -> organisations.cluster(key).map(c -> c.getName())).orElse(null);
        }
    }
}
