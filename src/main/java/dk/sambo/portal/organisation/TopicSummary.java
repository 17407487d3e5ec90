package dk.sambo.portal.organisation;

import java.util.Locale;
import dk.sambo.portal.organisation.domain.Topic;

/** A topic (a section of the agreement) as other features and views see it: a value, no entity. */
public record TopicSummary(long id, String code, String nameDa, String nameEn, int sortOrder, boolean active) {

    static TopicSummary of(Topic t) {
        return new TopicSummary(t.id(), t.getCode(), t.getNameDa(), t.getNameEn(), t.getSortOrder(), t.isActive());
    }

    /** The topic's name in the person's language (Danish unless English is chosen). */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
    }
}
