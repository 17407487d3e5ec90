package dk.sambo.portal.overview;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.sambo.portal.plan.PlanActivityStatusChanged;
import dk.sambo.portal.qa.QuestionAnswered;
import dk.sambo.portal.qa.QuestionAsked;
import dk.sambo.portal.qa.QuestionEscalated;
import dk.sambo.portal.qa.QuestionStatusChanged;
import dk.sambo.portal.qa.QuestionVisibilityChanged;
import dk.sambo.portal.training.AttendanceRecorded;
import dk.sambo.portal.training.SessionChanged;
import dk.sambo.portal.training.TrainingLogEntryRemoved;
import dk.sambo.portal.training.TrainingLogged;

/**
 * Keeps the overview's fact tables in step with the questions, training and plan features. The listeners are
 * synchronous, so they run in the publisher's transaction: a fact commits (or rolls back) with its source.
 * Every handler is idempotent for a repeated event (upsert by the source's id).
 */
@Component
class OverviewFactListener {

    static final Set<String> ATTENDED = Set.of("ATTENDED", "PARTLY");

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    OverviewFactListener(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.postgres = OverviewQueries.isPostgres(jdbc.getDataSource());
    }

    static int month(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    /** The Copenhagen calendar day of an instant: months and periods are local, as people read them. */
    static LocalDate day(Instant instant) {
        return instant.atZone(OverviewQueries.zone()).toLocalDate();
    }

    @EventListener
    void on(QuestionAsked e) {
        var day = day(e.askedAt());
        int updated = jdbc.update("""
                update overview_question_fact set asker_id = ?, unit_id = ?, organisation_id = ?, cluster_id = ?,
                  sector = ?, topic_code = ?, asked_at = ?, asked_day = ?, asked_month = ?, due_at = ?
                where question_id = ?""", e.askerId(), e.unitId(), e.organisationId(), e.clusterId(), e.sector(),
                e.topicCode(), ts(e.askedAt()), Date.valueOf(day), month(day), ts(e.dueAt()), e.questionId());
        if (updated == 0) {
            jdbc.update("""
                    insert into overview_question_fact (question_id, asker_id, unit_id, organisation_id, cluster_id,
                      sector, topic_code, asked_at, asked_day, asked_month, due_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", e.questionId(), e.askerId(), e.unitId(),
                    e.organisationId(), e.clusterId(), e.sector(), e.topicCode(), ts(e.askedAt()),
                    Date.valueOf(day), month(day), ts(e.dueAt()));
        }
    }

    @EventListener
    void on(QuestionAnswered e) {
        var askedAt = jdbc.query("select asked_at from overview_question_fact where question_id = ?",
                rs -> rs.next() ? rs.getTimestamp(1).toInstant() : null, e.questionId());
        if (askedAt == null) {
            return;
        }
        long seconds = Math.max(0, Duration.between(askedAt, e.answeredAt()).toSeconds());
        // Only the first answer by someone other than the asker sets the response time (an asker who adds what
        // she found herself has not been answered); a later, earlier-stamped answer cannot happen.
        jdbc.update("""
                update overview_question_fact set first_answer_at = ?, first_answer_seconds = ?,
                  first_answer_by_bearer = ? where question_id = ? and first_answer_at is null and asker_id <> ?""",
                ts(e.answeredAt()), seconds, e.byCultureBearer(), e.questionId(), e.answeredBy());
        jdbc.update("update overview_question_fact set answer_count = answer_count + 1 where question_id = ?",
                e.questionId());
    }

    @EventListener
    void on(QuestionEscalated e) {
        jdbc.update("update overview_question_fact set escalated_at = ? where question_id = ? and escalated_at is null",
                ts(e.escalatedAt()), e.questionId());
    }

    @EventListener
    void on(QuestionStatusChanged e) {
        jdbc.update("update overview_question_fact set status = ? where question_id = ?", e.status(),
                e.questionId());
    }

    @EventListener
    void on(QuestionVisibilityChanged e) {
        jdbc.update("update overview_question_fact set hidden = ? where question_id = ?", e.hidden(), e.questionId());
    }

    @EventListener
    void on(AttendanceRecorded e) {
        var oldDay = jdbc.query("select day from overview_attendance_fact where session_id = ? and person_id = ?",
                rs -> rs.next() ? rs.getDate(1).toLocalDate() : null, e.sessionId(), e.personId());
        boolean attended = ATTENDED.contains(e.status());
        int updated = jdbc.update("""
                update overview_attendance_fact set session_type = ?, day = ?, month = ?, status = ?, attended = ?
                where session_id = ? and person_id = ?""", e.sessionType(), Date.valueOf(e.day()), month(e.day()),
                e.status(), attended, e.sessionId(), e.personId());
        if (updated == 0) {
            jdbc.update("""
                    insert into overview_attendance_fact (session_id, person_id, session_type, day, month, status,
                      attended) values (?, ?, ?, ?, ?, ?, ?)""", e.sessionId(), e.personId(), e.sessionType(),
                    Date.valueOf(e.day()), month(e.day()), e.status(), attended);
        }
        if (oldDay != null && !oldDay.equals(e.day())) {
            refreshParticipation(e.personId(), oldDay);
        }
        refreshParticipation(e.personId(), e.day());
        refreshCourse(e.personId(), e.sessionType());
        refreshSummary(e.personId());
    }

    @EventListener
    void on(TrainingLogged e) {
        var before = participantsOf(e.entryId());
        remove(e.entryId());
        jdbc.update("""
                insert into overview_log_fact (entry_id, entry_type, day, month, unit_id, logged_by, head_count,
                  minutes) values (?, ?, ?, ?, ?, ?, ?, ?)""", e.entryId(), e.type(), Date.valueOf(e.day()),
                month(e.day()), e.unitId(), e.loggedBy(), e.headCount(), e.minutes());
        var distinct = e.participantIds().stream().distinct().toList();
        jdbc.batchUpdate("insert into overview_log_participant (entry_id, person_id, day, month) values (?, ?, ?, ?)",
                distinct, 200, (ps, personId) -> {
                    ps.setLong(1, e.entryId());
                    ps.setLong(2, personId);
                    ps.setDate(3, Date.valueOf(e.day()));
                    ps.setInt(4, month(e.day()));
                });
        before.forEach(p -> refreshParticipation(p.personId(), p.day()));
        distinct.forEach(personId -> refreshParticipation(personId, e.day()));
        Stream.concat(before.stream().map(Participation::personId), distinct.stream()).distinct()
                .forEach(this::refreshSummary);
    }

    private record Participation(long personId, LocalDate day) {
    }

    private List<Participation> participantsOf(long entryId) {
        return jdbc.query("select person_id, day from overview_log_participant where entry_id = ?",
                (rs, i) -> new Participation(rs.getLong(1), rs.getDate(2).toLocalDate()), entryId);
    }

    /** Re-derives whether a person took part on a day, and in that day's month, from the facts. */
    private void refreshParticipation(long personId, LocalDate day) {
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
        jdbc.update(postgres ? """
                insert into overview_unit_participation_month (unit_id, month, participants) values (?, ?, ?)
                on conflict (unit_id, month) do update
                  set participants = overview_unit_participation_month.participants + excluded.participants"""
                : """
                merge into overview_unit_participation_month t
                using (values (cast(? as bigint), cast(? as int), cast(? as int))) v (unit_id, month, delta)
                  on t.unit_id = v.unit_id and t.month = v.month
                when matched then update set t.participants = t.participants + v.delta
                when not matched then insert (unit_id, month, participants) values (v.unit_id, v.month, v.delta)""",
                unitId, month, delta);
    }

    /**
     * The longest gap in days between two participation days of one run ({@code run_start_day}): shorter than
     * the first half of any rolling twelve months (at least 181 days), so that half cannot fall inside a run.
     */
    static final int RUN_GAP_DAYS = 180;

    /**
     * Re-derives a person's summary row from the facts: last day taken part, first step-1 and step-2 day, last day
     * of local training (practice training, sparring, knowledge sharing) and the first day of the last run of
     * participation days without a gap of more than {@value #RUN_GAP_DAYS} days.
     */
    private void refreshSummary(long personId) {
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
                    and a.session_type in""" + " " + OverviewQueries.LOCAL_TYPES + """
                  union all
                  select l.day from overview_log_participant l join overview_log_fact lf on lf.entry_id = l.entry_id
                  where l.person_id = ? and lf.entry_type in""" + " " + OverviewQueries.LOCAL_TYPES + """
                ) x""", Date.class, personId, personId);
        jdbc.update(postgres ? """
                insert into overview_person_summary (person_id, last_day, step1_day, step2_day, local_last_day,
                  run_start_day) values (?, ?, ?, ?, ?, ?)
                on conflict (person_id) do update set last_day = excluded.last_day, step1_day = excluded.step1_day,
                  step2_day = excluded.step2_day, local_last_day = excluded.local_last_day,
                  run_start_day = excluded.run_start_day"""
                : """
                merge into overview_person_summary t
                using (values (cast(? as bigint), cast(? as date), cast(? as date), cast(? as date),
                    cast(? as date), cast(? as date)))
                  v (person_id, last_day, step1_day, step2_day, local_last_day, run_start_day)
                  on t.person_id = v.person_id
                when matched then update set t.last_day = v.last_day, t.step1_day = v.step1_day,
                  t.step2_day = v.step2_day, t.local_last_day = v.local_last_day, t.run_start_day = v.run_start_day
                when not matched then insert (person_id, last_day, step1_day, step2_day, local_last_day,
                  run_start_day) values (v.person_id, v.last_day, v.step1_day, v.step2_day, v.local_last_day,
                  v.run_start_day)""",
                personId, lastDay, step1, step2, localLastDay, runStart);
    }

    /** Re-derives the first day a person attended a session of a type. */
    private void refreshCourse(long personId, String sessionType) {
        jdbc.update("delete from overview_person_course where person_id = ? and session_type = ?", personId,
                sessionType);
        jdbc.update("""
                insert into overview_person_course (person_id, session_type, first_day)
                select a.person_id, a.session_type, min(a.day) from overview_attendance_fact a
                where a.person_id = ? and a.session_type = ? and a.attended = true
                group by a.person_id, a.session_type""", personId, sessionType);
    }

    @EventListener
    void on(TrainingLogEntryRemoved e) {
        var before = participantsOf(e.entryId());
        remove(e.entryId());
        before.forEach(p -> refreshParticipation(p.personId(), p.day()));
        before.stream().map(Participation::personId).distinct().forEach(this::refreshSummary);
    }

    private void remove(long entryId) {
        jdbc.update("delete from overview_log_participant where entry_id = ?", entryId);
        jdbc.update("delete from overview_log_fact where entry_id = ?", entryId);
    }

    @EventListener
    void on(SessionChanged e) {
        var startDay = day(e.start());
        int updated = jdbc.update("""
                update overview_session_fact set session_type = ?, start_at = ?, end_at = ?, start_day = ?,
                  cluster_id = ?, organisation_id = ?, unit_id = ?, capacity = ?, approved_count = ?, cancelled = ?
                where session_id = ?""", e.sessionType(), ts(e.start()), ts(e.end()), Date.valueOf(startDay),
                e.clusterId(), e.organisationId(), e.unitId(), e.capacity(), e.approvedCount(), e.cancelled(),
                e.sessionId());
        if (updated == 0) {
            jdbc.update("""
                    insert into overview_session_fact (session_id, session_type, start_at, end_at, start_day,
                      cluster_id, organisation_id, unit_id, capacity, approved_count, cancelled)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", e.sessionId(), e.sessionType(), ts(e.start()),
                    ts(e.end()), Date.valueOf(startDay), e.clusterId(), e.organisationId(), e.unitId(),
                    e.capacity(), e.approvedCount(), e.cancelled());
        }
    }

    @EventListener
    void on(PlanActivityStatusChanged e) {
        int updated = jdbc.update("""
                update overview_plan_activity set phase = ?, done = ?, changed_at = ?
                where organisation_id = ? and activity_id = ?""", e.phase(), e.done(), ts(e.at()),
                e.organisationId(), e.activityId());
        if (updated == 0) {
            jdbc.update("""
                    insert into overview_plan_activity (organisation_id, activity_id, phase, done, changed_at)
                    values (?, ?, ?, ?, ?)""", e.organisationId(), e.activityId(), e.phase(), e.done(), ts(e.at()));
        }
        // The plan's size at the latest change is the one that counts.
        updated = jdbc.update("""
                update overview_plan_total set total_activities = ?, changed_at = ?
                where organisation_id = ? and changed_at <= ?""", e.totalActivities(), ts(e.at()),
                e.organisationId(), ts(e.at()));
        if (updated == 0) {
            Integer exists = jdbc.queryForObject(
                    "select count(*) from overview_plan_total where organisation_id = ?", Integer.class,
                    e.organisationId());
            if (exists == null || exists == 0) {
                jdbc.update("insert into overview_plan_total (organisation_id, total_activities, changed_at) "
                        + "values (?, ?, ?)", e.organisationId(), e.totalActivities(), ts(e.at()));
            }
        }
    }
}
