package dk.sambo.portal.qa.service;

import java.time.DayOfWeek;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the doubt-question flow.
 *
 * @param responseWorkingDays the response time a question gets when asked or reopened, in working days
 * @param nonWorkingDays the week days that do not count as working days
 * @param guidanceReviewMonths how far ahead a new guidance's review date is proposed
 */
@ConfigurationProperties("portal.qa")
public record QaProperties(
        @DefaultValue("3") int responseWorkingDays,
        @DefaultValue({"SATURDAY", "SUNDAY"}) Set<DayOfWeek> nonWorkingDays,
        @DefaultValue("12") int guidanceReviewMonths) {

    public QaProperties {
        if (responseWorkingDays < 1) {
            throw new IllegalArgumentException("portal.qa.response-working-days must be at least 1");
        }
        if (nonWorkingDays.size() >= 7) {
            throw new IllegalArgumentException("portal.qa.non-working-days leaves no working day");
        }
    }
}
