package dk.sambo.portal.overview;

import java.time.LocalDate;
import java.time.YearMonth;

/** A closed range of calendar days, both ends included. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Period ends before it starts");
        }
    }

    /** The twelve whole months up to and including the month of {@code day}. */
    public static Period lastTwelveMonths(LocalDate day) {
        var last = YearMonth.from(day);
        return new Period(last.minusMonths(11).atDay(1), day);
    }
}
