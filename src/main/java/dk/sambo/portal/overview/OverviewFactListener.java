package dk.sambo.portal.overview;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.sambo.portal.training.AttendanceRecorded;
import dk.sambo.portal.training.SessionChanged;
import dk.sambo.portal.training.TrainingLogEntryRemoved;
import dk.sambo.portal.training.TrainingLogged;

/**
 * Keeps the overview's training facts in step with the training feature (attendance marks, training-log entries,
 * calendar sessions) and, after each change, the person's summaries ({@link ParticipationSummaries}); the
 * question and plan facts have listeners of their own ({@link QuestionFactListener}, {@link PlanFactListener}).
 * The listeners are synchronous, so they run in the publisher's transaction: a fact commits (or rolls back) with
 * its source. Every handler is idempotent for a repeated event (upsert by the source's id).
 */
@Component
class OverviewFactListener {

    static final Set<String> ATTENDED = Set.of("ATTENDED", "PARTLY");

    private final JdbcTemplate jdbc;
    private final ParticipationSummaries summaries;

    OverviewFactListener(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.summaries = new ParticipationSummaries(jdbc);
    }

    static int month(LocalDate day) {
        return ParticipationSummaries.month(day);
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    /** The Copenhagen calendar day of an instant: months and periods are local, as people read them. */
    static LocalDate day(Instant instant) {
        return instant.atZone(OverviewQueries.zone()).toLocalDate();
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
            summaries.refreshParticipation(e.personId(), oldDay);
        }
        summaries.refreshParticipation(e.personId(), e.day());
        summaries.refreshCourse(e.personId(), e.sessionType());
        summaries.refreshSummary(e.personId());
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
        before.forEach(p -> summaries.refreshParticipation(p.personId(), p.day()));
        distinct.forEach(personId -> summaries.refreshParticipation(personId, e.day()));
        Stream.concat(before.stream().map(Participation::personId), distinct.stream()).distinct()
                .forEach(summaries::refreshSummary);
    }

    private record Participation(long personId, LocalDate day) {
    }

    private List<Participation> participantsOf(long entryId) {
        return jdbc.query("select person_id, day from overview_log_participant where entry_id = ?",
                (rs, i) -> new Participation(rs.getLong(1), rs.getDate(2).toLocalDate()), entryId);
    }

    @EventListener
    void on(TrainingLogEntryRemoved e) {
        var before = participantsOf(e.entryId());
        remove(e.entryId());
        before.forEach(p -> summaries.refreshParticipation(p.personId(), p.day()));
        before.stream().map(Participation::personId).distinct().forEach(summaries::refreshSummary);
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
}
