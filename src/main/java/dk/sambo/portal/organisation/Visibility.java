package dk.sambo.portal.organisation;

import java.util.Set;

/**
 * What a person may see under some roles, as plain ids for query filters: everything (region), some clusters,
 * some organisations, or some unit subtrees (by path prefix).
 */
public record Visibility(boolean region, Set<Long> clusterIds, Set<Long> organisationIds, Set<String> unitPaths) {

    public static final Visibility NOTHING = new Visibility(false, Set.of(), Set.of(), Set.of());

    public boolean isEmpty() {
        return !region && clusterIds.isEmpty() && organisationIds.isEmpty() && unitPaths.isEmpty();
    }
}
