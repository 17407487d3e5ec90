package dk.sambo.portal.qa.service;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * When a question must have an answer: the configured number of working days after it was asked, at the same
 * time of day, in Danish time. Saturdays and Sundays (or the configured days) do not count, so a question asked
 * on Friday afternoon is due on Wednesday afternoon.
 */
@Component
class ResponseTime {

    static ZoneId zone() {
        return dk.sambo.portal.shared.PortalTimeZone.get();
    }

    private final QaProperties properties;

    ResponseTime(QaProperties properties) {
        this.properties = properties;
    }

    Instant dueAt(Instant from) {
        return addWorkingDays(from, properties.responseWorkingDays());
    }

    Instant addWorkingDays(Instant from, int days) {
        var time = from.atZone(zone());
        int counted = 0;
        while (counted < days) {
            time = time.plusDays(1);
            if (!properties.nonWorkingDays().contains(time.getDayOfWeek())) {
                counted++;
            }
        }
        return time.toInstant();
    }
}
