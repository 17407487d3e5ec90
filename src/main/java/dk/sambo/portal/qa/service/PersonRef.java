package dk.sambo.portal.qa.service;

import org.jspecify.annotations.Nullable;

/** Who wrote something, as a reader sees it. */
public record PersonRef(long id, String name, @Nullable String jobTitle, @Nullable String unitName,
        @Nullable String organisationName) {

    static PersonRef unknown(long id) {
        return new PersonRef(id, "#" + id, null, null, null);
    }
}
