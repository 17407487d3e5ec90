package dk.sambo.portal.overview;

import org.springframework.lang.Nullable;

/** A node of the overview (a unit, an organisation) with its name and its target group's participation. */
public record NodeParticipation(Area area, String name, @Nullable String organisationName,
        Participation participation) {
}
