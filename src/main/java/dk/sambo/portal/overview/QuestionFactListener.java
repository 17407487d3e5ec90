package dk.sambo.portal.overview;

import static dk.sambo.portal.overview.OverviewFactListener.day;
import static dk.sambo.portal.overview.OverviewFactListener.month;
import static dk.sambo.portal.overview.OverviewFactListener.ts;

import java.sql.Date;
import java.time.Duration;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import dk.sambo.portal.qa.QuestionAnswered;
import dk.sambo.portal.qa.QuestionAsked;
import dk.sambo.portal.qa.QuestionEscalated;
import dk.sambo.portal.qa.QuestionStatusChanged;
import dk.sambo.portal.qa.QuestionVisibilityChanged;

/**
 * Keeps {@code overview_question_fact} in step with the questions feature: one row per question, in the
 * publisher's transaction (synchronous listeners), idempotent for a repeated event.
 */
@Component
class QuestionFactListener {

    private final JdbcTemplate jdbc;

    QuestionFactListener(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
}
