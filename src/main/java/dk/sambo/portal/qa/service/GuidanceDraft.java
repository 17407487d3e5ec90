package dk.sambo.portal.qa.service;

import java.time.LocalDate;
import java.util.Set;

/** What the strategic level writes when promoting a question to agreed guidance, or editing it. */
public record GuidanceDraft(String title, String body, String topicCode, LocalDate reviewDate,
        Set<Long> organisationIds) {

    public GuidanceDraft {
        organisationIds = organisationIds == null ? Set.of() : Set.copyOf(organisationIds);
    }
}
