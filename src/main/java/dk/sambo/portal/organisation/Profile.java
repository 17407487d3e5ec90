package dk.sambo.portal.organisation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Who the logged-in person is: roles, place in the organisation, their leader(s) and their culture bearers. */
public record Profile(PersonSummary person, List<GrantView> grants, @Nullable Long clusterId,
        List<String> clusterNames, @Nullable String sector, List<PersonSummary> lineManagers,
        List<PersonSummary> cultureBearers, String preferredLanguage) {

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }
}
