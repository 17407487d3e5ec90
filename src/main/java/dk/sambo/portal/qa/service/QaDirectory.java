package dk.sambo.portal.qa.service;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.UnitSummary;

/**
 * Names for ids, looked up through the organisation model. One {@link Lookup} serves one request and
 * remembers what it found, so a list of 50 questions from one unit asks for that unit once. Units are also kept
 * for a few minutes across requests: every list row names its unit, and units are renamed rarely.
 */
@Component
class QaDirectory {

    private static final Duration UNIT_CACHE_TIME = Duration.ofMinutes(5);

    private final OrganisationService organisations;
    private final Map<Long, CachedUnit> unitCache = new ConcurrentHashMap<>();

    QaDirectory(OrganisationService organisations) {
        this.organisations = organisations;
    }

    private record CachedUnit(Optional<UnitSummary> unit, long expiresAtNanos) {
    }

    private Optional<UnitSummary> cachedUnit(long id) {
        var now = System.nanoTime();
        var cached = unitCache.get(id);
        if (cached == null || cached.expiresAtNanos() - now < 0) {
            cached = new CachedUnit(organisations.unit(id), now + UNIT_CACHE_TIME.toNanos());
            unitCache.put(id, cached);
        }
        return cached.unit();
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
            return id == null ? Optional.empty() : units.computeIfAbsent(id, QaDirectory.this::cachedUnit);
        }

        @Nullable String organisationName(@Nullable Long id) {
            return id == null ? null : organisationNames.computeIfAbsent(id,
                    key -> organisations.organisation(key).map(o -> o.name())).orElse(null);
        }

        @Nullable String clusterName(@Nullable Long id) {
            return id == null ? null : clusterNames.computeIfAbsent(id,
                    key -> organisations.cluster(key).map(c -> c.name())).orElse(null);
        }
    }
}
