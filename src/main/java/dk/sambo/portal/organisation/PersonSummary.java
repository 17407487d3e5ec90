package dk.sambo.portal.organisation;

import org.jspecify.annotations.Nullable;
import dk.sambo.portal.organisation.domain.Person;

/** A person as other features and views see them: no entity, no lazy loading. */
public record PersonSummary(long id, String name, @Nullable String jobTitle, @Nullable String email,
        @Nullable Long unitId, @Nullable String unitName, @Nullable Long organisationId,
        @Nullable String organisationName, KnowledgeTarget knowledgeTarget, boolean active) {

    static PersonSummary of(Person p) {
        var unit = p.getUnit();
        return new PersonSummary(p.id(), p.getName(), p.getJobTitle(), p.getEmail(),
                unit == null ? null : unit.id(), unit == null ? null : unit.getName(),
                unit == null ? null : unit.getOrganisation().id(),
                unit == null ? null : unit.getOrganisation().getName(), p.getKnowledgeTarget(), p.isActive());
    }
}
