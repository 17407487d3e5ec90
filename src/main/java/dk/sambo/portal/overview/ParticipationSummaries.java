package dk.sambo.portal.overview;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The per-person and per-unit summaries the overview derives from its training facts, re-derived for one person
 * after each attendance mark or training-log change: the days a person took part, the months they took part in
 * (and each unit's participants per month), the first day of each session type, and the summary row the people
 * statement decides most figures by ({@code overview_person_summary}). The two upserts are the database's own
 * ({@link VendorSql}: {@code ON CONFLICT} on PostgreSQL, {@code MERGE} on HSQLDB), so concurrent marks are safe.
 */
final class ParticipationSummaries {

    /**
     * The longest gap in days between two participation days of one run ({@code run_start_day}): shorter than
     * the first half of any rolling twelve months (at least 181 days), so that half cannot fall inside a run.
     */
    static final int RUN_GAP_DAYS = 180;

    private final JdbcTemplate jdbc;
    private final VendorSql vendorSql;

    ParticipationSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.vendorSql = new VendorSql(jdbc.getDataSource());
    }

    static int month(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    /** Re-derives whether a person took part on a day, and in that day's month, from the facts. */
    void refreshParticipation(long personId, LocalDate day) {
        var date = Date.valueOf(day);
        jdbc.update("delete from overview_participation_day where person_id = ? and day = ?", personId, date);
        jdbc.update("""
                insert into overview_participation_day (person_id, day)
                select cast(? as bigint), cast(? as date) from (values (0)) x
                where exists (select 1 from overview_attendance_fact a where a.person_id = ? and a.day = ?
                                and a.attended = true)
                   or exists (select 1 from overview_log_participant l where l.person_id = ? and l.day = ?)""",
                personId, date, personId, date, personId, date);
        int month = month(day);
        var first = Date.valueOf(day.withDayOfMonth(1));
        var last = Date.valueOf(day.withDayOfMonth(day.lengthOfMonth()));
        boolean takesPart = Boolean.TRUE.equals(jdbc.queryForObject("""
                select count(*) > 0 from overview_participation_day d where d.person_id = ? and d.day between ? and ?""",
                Boolean.class, personId, first, last));
        var counted = jdbc.query("select unit_id from overview_participation_month where person_id = ? and month = ?",
                (rs, i) -> Optional.ofNullable(rs.getObject(1, Long.class)), personId, month);
        if (counted.isEmpty() && takesPart) {
            // Counted in the unit the person belongs to now, the month they first take part, if they are active
            // with a knowledge target; a later move does not move the month (the chart shows history as it was).
            var unit = jdbc.query("""
                    select unit_id from reporting_person where id = ? and active = true and knowledge_target <> 'NONE'""",
                    (rs, i) -> rs.getObject(1, Long.class), personId).stream().filter(u -> u != null).findFirst();
            jdbc.update("insert into overview_participation_month (person_id, month, unit_id) values (?, ?, ?)",
                    personId, month, unit.orElse(null));
            unit.ifPresent(u -> addParticipants(u, month, 1));
        } else if (!counted.isEmpty() && !takesPart) {
            jdbc.update("delete from overview_participation_month where person_id = ? and month = ?", personId, month);
            counted.getFirst().ifPresent(u -> addParticipants(u, month, -1));
        }
    }

    /** Adds to a unit's participants of a month, creating the row (atomic upsert: concurrent markings are safe). */
    private void addParticipants(long unitId, int month, int delta) {
        jdbc.update(vendorSql.get("add-unit-participants"), unitId, month, delta);
    }

    /**
     * Re-derives a person's summary row from the facts: last day taken part, first step-1 and step-2 day, last day
     * of local training (practice training, sparring, knowledge sharing) and the first day of the last run of
     * participation days without a gap of more than {@value #RUN_GAP_DAYS} days.
     */
    void refreshSummary(long personId) {
        var days = jdbc.query("select day from overview_participation_day where person_id = ? order by day desc",
                (rs, i) -> rs.getDate(1).toLocalDate(), personId);
        Date lastDay = days.isEmpty() ? null : Date.valueOf(days.getFirst());
        Date runStart = null;
        if (!days.isEmpty()) {
            var start = days.getFirst();
            for (var day : days.subList(1, days.size())) {
                if (day.isBefore(start.minusDays(RUN_GAP_DAYS))) {
                    break;
                }
                start = day;
            }
            runStart = Date.valueOf(start);
        }
        var steps = jdbc.query("select session_type, first_day from overview_person_course where person_id = ?",
                (rs, i) -> Map.entry(rs.getString(1), rs.getDate(2)), personId);
        Date step1 = steps.stream().filter(s -> s.getKey().equals(OverviewQueries.STEP1)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        Date step2 = steps.stream().filter(s -> s.getKey().equals(OverviewQueries.STEP2)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        var localLastDay = jdbc.queryForObject("""
                select max(x.day) from (
                  select a.day from overview_attendance_fact a where a.person_id = ? and a.attended = true
                    and a.session_type in""" + " " + PeopleQueries.LOCAL_TYPES + """
                  union all
                  select l.day from overview_log_participant l join overview_log_fact lf on lf.entry_id = l.entry_id
                  where l.person_id = ? and lf.entry_type in""" + " " + PeopleQueries.LOCAL_TYPES + """
                ) x""", Date.class, personId, personId);
        jdbc.update(vendorSql.get("upsert-person-summary"), personId, lastDay, step1, step2, localLastDay, runStart);
    }

    /** Re-derives the first day a person attended a session of a type. */
    void refreshCourse(long personId, String sessionType) {
        jdbc.update("delete from overview_person_course where person_id = ? and session_type = ?", personId,
                sessionType);
        jdbc.update("""
                insert into overview_person_course (person_id, session_type, first_day)
                select a.person_id, a.session_type, min(a.day) from overview_attendance_fact a
                where a.person_id = ? and a.session_type = ? and a.attended = true
                group by a.person_id, a.session_type""", personId, sessionType);
    }
}
