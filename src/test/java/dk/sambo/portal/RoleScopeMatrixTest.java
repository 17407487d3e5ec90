package dk.sambo.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import dk.sambo.portal.barrier.BarrierKind;
import dk.sambo.portal.barrier.BarrierLog;
import dk.sambo.portal.barrier.BarrierStatus;
import dk.sambo.portal.materials.Audience;
import dk.sambo.portal.materials.MaterialLibrary;
import dk.sambo.portal.organisation.CultureBearerRegister;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PeopleAdministration;
import dk.sambo.portal.organisation.PersonAccounts;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.ScopeType;
import dk.sambo.portal.organisation.UnitSummary;
import dk.sambo.portal.ScopeCallers.Boundary;
import dk.sambo.portal.plan.PlanService;
import dk.sambo.portal.qa.domain.PostType;
import dk.sambo.portal.qa.service.Answering;
import dk.sambo.portal.qa.service.Asking;
import dk.sambo.portal.qa.service.GeneralQuestions;
import dk.sambo.portal.qa.service.GuidanceService;
import dk.sambo.portal.qa.service.Moderation;
import dk.sambo.portal.qa.service.QuestionDraft;
import dk.sambo.portal.qa.service.QuestionEditing;
import dk.sambo.portal.qa.service.QuestionReadModel;
import dk.sambo.portal.qa.service.Resolving;
import dk.sambo.portal.shared.RuleViolation;
import dk.sambo.portal.spreading.Decision;
import dk.sambo.portal.spreading.ImplementationKey;
import dk.sambo.portal.spreading.SpreadingDecisions;
import dk.sambo.portal.training.domain.Approvals;
import dk.sambo.portal.training.domain.Attendance;
import dk.sambo.portal.training.domain.SignUps;
import dk.sambo.portal.training.domain.TrainingSessions;
import dk.sambo.portal.training.domain.LogEntryData;
import dk.sambo.portal.training.domain.RegistrationStatus;
import dk.sambo.portal.training.domain.SessionData;
import dk.sambo.portal.training.domain.SessionScope;
import dk.sambo.portal.training.domain.SessionType;
import dk.sambo.portal.training.domain.TrainingCalendar;
import dk.sambo.portal.training.domain.TrainingLog;
import dk.sambo.portal.training.domain.AttendanceStatus;

/**
 * The role and scope matrix of {@code docs/security.md} ("Role and scope matrix"), row for row, at the service level
 * without any UI. Each row is (action, caller, scope boundary, allowed?). The boundary says where the target lies
 * seen from the reference people in Sygeplejen Kolding (Kolding Kommune, cluster Lillebælt):
 * <ul>
 * <li>OWN_UNIT: Sygeplejen Kolding itself;</li>
 * <li>OTHER_UNIT_SAME_ORGANISATION: Hjemmeplejen Kolding Syd (Kolding Kommune);</li>
 * <li>OTHER_ORGANISATION_SAME_CLUSTER: Medicinsk Sengeafsnit M1, Kolding (Sygehus Lillebælt);</li>
 * <li>OTHER_CLUSTER: Sygeplejen Aabenraa (Aabenraa Kommune, Sønderjylland).</li>
 * </ul>
 * For every action and boundary one caller whose scope reaches the target is allowed and one whose scope does not
 * is refused with {@link AccessDeniedException}. Callers are demo accounts, or {@code cb@ORG}-style names for the
 * demo data's culture bearer ({@code cb}), line manager ({@code lm}) or plain staff member ({@code staff}) of a
 * boundary's unit. Every action makes its own target first (as people of that unit), so rows are independent.
 */
@PortalTest
class RoleScopeMatrixTest {

    static final Boundary OWN = Boundary.OWN_UNIT;
    static final Boundary ORG = Boundary.OTHER_UNIT_SAME_ORGANISATION;
    static final Boundary CLU = Boundary.OTHER_ORGANISATION_SAME_CLUSTER;
    static final Boundary OUT = Boundary.OTHER_CLUSTER;
    static final boolean ALLOW = true;
    static final boolean DENY = false;

    /** Every mutating action in the matrix. */
    enum Action {
        QUESTION_EDIT, ANSWER_EDIT, POST_HIDE, POST_UNHIDE, POST_REDACT, ANSWER_ACCEPT, QUESTION_REOPEN,
        QUESTION_ASK, QUESTION_ANSWER, QUESTION_COMMENT, ANSWER_USEFUL, GENERAL_RAISE, GENERAL_DECIDE,
        GUIDANCE_PROMOTE, GUIDANCE_WITHDRAW, BARRIER_RECORD, TRAINING_LOG_ADD, TRAINING_SESSION_CREATE,
        TRAINING_SIGN_UP, CULTURE_BEARER_APPOINT, PLAN_STATUS_SET, SPREADING_CREATE, MATERIAL_PUBLISH, ROLE_GRANT,
        // Added to close issue 10: every remaining mutating method that acts on something in a unit's scope.
        ANSWER_UNACCEPT, BARRIER_UPDATE, TRAINING_LOG_UPDATE, TRAINING_LOG_REMOVE, TRAINING_SESSION_UPDATE,
        TRAINING_SESSION_CANCEL, CULTURE_BEARER_END, GUIDANCE_EDIT, SPREADING_UPDATE,
        // Deciding a sign-up that needs the leader's approval: the participant's own line manager only.
        TRAINING_APPROVE, TRAINING_REJECT,
        // Marking attendance: it opens at the session's start, so the test moves the clock there and back.
        TRAINING_ATTENDANCE
    }

    /** The rows; docs/security.md lists the same callers in the same order. */
    static Stream<Arguments> matrix() {
        return Stream.of(
                // Moderation and editing others' posts: the question's culture bearers, its cluster's implementing
                // level, administrators.
                row(Action.QUESTION_EDIT, "kulturbaerer", OWN, ALLOW),
                row(Action.QUESTION_EDIT, "hjemmehjaelper", OWN, DENY),
                row(Action.QUESTION_EDIT, "cb@ORG", ORG, ALLOW),
                row(Action.QUESTION_EDIT, "kulturbaerer", ORG, DENY),
                row(Action.QUESTION_EDIT, "implementering", CLU, ALLOW),
                row(Action.QUESTION_EDIT, "kulturbaerer", CLU, DENY),
                row(Action.QUESTION_EDIT, "kulturbaerer2", OUT, ALLOW),
                row(Action.QUESTION_EDIT, "implementering", OUT, DENY),

                row(Action.ANSWER_EDIT, "kulturbaerer", OWN, ALLOW),
                row(Action.ANSWER_EDIT, "sygeplejerske", OWN, DENY),
                row(Action.ANSWER_EDIT, "cb@ORG", ORG, ALLOW),
                row(Action.ANSWER_EDIT, "kulturbaerer", ORG, DENY),
                row(Action.ANSWER_EDIT, "cb@CLU", CLU, ALLOW),
                row(Action.ANSWER_EDIT, "kulturbaerer", CLU, DENY),
                row(Action.ANSWER_EDIT, "admin", OUT, ALLOW),
                row(Action.ANSWER_EDIT, "kulturbaerer", OUT, DENY),

                row(Action.POST_HIDE, "kulturbaerer", OWN, ALLOW),
                row(Action.POST_HIDE, "leder", OWN, DENY),
                row(Action.POST_HIDE, "implementering", ORG, ALLOW),
                row(Action.POST_HIDE, "kulturbaerer", ORG, DENY),
                row(Action.POST_HIDE, "cb@CLU", CLU, ALLOW),
                row(Action.POST_HIDE, "kulturbaerer", CLU, DENY),
                row(Action.POST_HIDE, "kulturbaerer2", OUT, ALLOW),
                row(Action.POST_HIDE, "kulturbaerer", OUT, DENY),

                row(Action.POST_UNHIDE, "kulturbaerer", OWN, ALLOW),
                row(Action.POST_UNHIDE, "strategisk", OWN, DENY),
                row(Action.POST_UNHIDE, "cb@ORG", ORG, ALLOW),
                row(Action.POST_UNHIDE, "cb@CLU", ORG, DENY),
                row(Action.POST_UNHIDE, "admin", CLU, ALLOW),
                row(Action.POST_UNHIDE, "cb@ORG", CLU, DENY),
                row(Action.POST_UNHIDE, "kulturbaerer2", OUT, ALLOW),
                row(Action.POST_UNHIDE, "implementering", OUT, DENY),

                // Redaction cannot be undone: administrators and the cluster's implementing level, with a reason.
                row(Action.POST_REDACT, "implementering", OWN, ALLOW),
                row(Action.POST_REDACT, "kulturbaerer", OWN, DENY),
                row(Action.POST_REDACT, "admin", ORG, ALLOW),
                row(Action.POST_REDACT, "cb@ORG", ORG, DENY),
                row(Action.POST_REDACT, "implementering", CLU, ALLOW),
                row(Action.POST_REDACT, "kulturbaerer2", CLU, DENY),
                row(Action.POST_REDACT, "admin", OUT, ALLOW),
                row(Action.POST_REDACT, "implementering", OUT, DENY),

                // Accepting and reopening for the asker: the question's culture bearers.
                row(Action.ANSWER_ACCEPT, "kulturbaerer", OWN, ALLOW),
                row(Action.ANSWER_ACCEPT, "leder", OWN, DENY),
                row(Action.ANSWER_ACCEPT, "cb@ORG", ORG, ALLOW),
                row(Action.ANSWER_ACCEPT, "kulturbaerer", ORG, DENY),
                row(Action.ANSWER_ACCEPT, "cb@CLU", CLU, ALLOW),
                row(Action.ANSWER_ACCEPT, "kulturbaerer", CLU, DENY),
                row(Action.ANSWER_ACCEPT, "kulturbaerer2", OUT, ALLOW),
                row(Action.ANSWER_ACCEPT, "kulturbaerer", OUT, DENY),

                row(Action.QUESTION_REOPEN, "kulturbaerer", OWN, ALLOW),
                row(Action.QUESTION_REOPEN, "hjemmehjaelper", OWN, DENY),
                row(Action.QUESTION_REOPEN, "cb@ORG", ORG, ALLOW),
                row(Action.QUESTION_REOPEN, "kulturbaerer", ORG, DENY),
                row(Action.QUESTION_REOPEN, "cb@CLU", CLU, ALLOW),
                row(Action.QUESTION_REOPEN, "cb@ORG", CLU, DENY),
                row(Action.QUESTION_REOPEN, "kulturbaerer2", OUT, ALLOW),
                row(Action.QUESTION_REOPEN, "cb@CLU", OUT, DENY),

                // Asking: always into the asker's own unit; the political level does not ask.
                row(Action.QUESTION_ASK, "sygeplejerske", OWN, ALLOW),
                row(Action.QUESTION_ASK, "politiker", OWN, DENY),

                // Answering, commenting, marking useful: anyone who may read the question, region-wide (a culture
                // bearer answers any question), except the read-only political level.
                row(Action.QUESTION_ANSWER, "sygeplejerske", OWN, ALLOW),
                row(Action.QUESTION_ANSWER, "politiker", OWN, DENY),
                row(Action.QUESTION_ANSWER, "kulturbaerer", ORG, ALLOW),
                row(Action.QUESTION_ANSWER, "politiker", ORG, DENY),
                row(Action.QUESTION_ANSWER, "kulturbaerer", CLU, ALLOW),
                row(Action.QUESTION_ANSWER, "politiker", CLU, DENY),
                row(Action.QUESTION_ANSWER, "kulturbaerer", OUT, ALLOW),
                row(Action.QUESTION_ANSWER, "politiker", OUT, DENY),

                row(Action.QUESTION_COMMENT, "leder", OWN, ALLOW),
                row(Action.QUESTION_COMMENT, "politiker", OWN, DENY),
                row(Action.QUESTION_COMMENT, "sygeplejerske", ORG, ALLOW),
                row(Action.QUESTION_COMMENT, "politiker", ORG, DENY),
                row(Action.QUESTION_COMMENT, "hjemmehjaelper", CLU, ALLOW),
                row(Action.QUESTION_COMMENT, "politiker", CLU, DENY),
                row(Action.QUESTION_COMMENT, "kulturbaerer", OUT, ALLOW),
                row(Action.QUESTION_COMMENT, "politiker", OUT, DENY),

                row(Action.ANSWER_USEFUL, "sygeplejerske", OWN, ALLOW),
                row(Action.ANSWER_USEFUL, "politiker", OWN, DENY),
                row(Action.ANSWER_USEFUL, "leder", ORG, ALLOW),
                row(Action.ANSWER_USEFUL, "politiker", ORG, DENY),
                row(Action.ANSWER_USEFUL, "strategisk", CLU, ALLOW),
                row(Action.ANSWER_USEFUL, "politiker", CLU, DENY),
                row(Action.ANSWER_USEFUL, "kulturbaerer2", OUT, ALLOW),
                row(Action.ANSWER_USEFUL, "politiker", OUT, DENY),

                // Lifting to the cluster: culture bearers and line managers of the unit, or of its organisation.
                row(Action.GENERAL_RAISE, "leder", OWN, ALLOW),
                row(Action.GENERAL_RAISE, "hjemmehjaelper", OWN, DENY),
                row(Action.GENERAL_RAISE, "kulturbaerer", ORG, ALLOW),
                row(Action.GENERAL_RAISE, "sygeplejerske", ORG, DENY),
                row(Action.GENERAL_RAISE, "cb@CLU", CLU, ALLOW),
                row(Action.GENERAL_RAISE, "kulturbaerer", CLU, DENY),
                row(Action.GENERAL_RAISE, "kulturbaerer2", OUT, ALLOW),
                row(Action.GENERAL_RAISE, "leder", OUT, DENY),

                // The cluster's strategic level decides and promotes to guidance.
                row(Action.GENERAL_DECIDE, "strategisk", OWN, ALLOW),
                row(Action.GENERAL_DECIDE, "kulturbaerer", OWN, DENY),
                row(Action.GENERAL_DECIDE, "region", ORG, ALLOW),
                row(Action.GENERAL_DECIDE, "implementering", ORG, DENY),
                row(Action.GENERAL_DECIDE, "admin", CLU, ALLOW),
                row(Action.GENERAL_DECIDE, "direktoer", CLU, DENY),
                row(Action.GENERAL_DECIDE, "region", OUT, ALLOW),
                row(Action.GENERAL_DECIDE, "strategisk", OUT, DENY),

                row(Action.GUIDANCE_PROMOTE, "strategisk", OWN, ALLOW),
                row(Action.GUIDANCE_PROMOTE, "leder", OWN, DENY),
                row(Action.GUIDANCE_PROMOTE, "region", ORG, ALLOW),
                row(Action.GUIDANCE_PROMOTE, "implementering", ORG, DENY),
                row(Action.GUIDANCE_PROMOTE, "strategisk", CLU, ALLOW),
                row(Action.GUIDANCE_PROMOTE, "kulturbaerer", CLU, DENY),
                row(Action.GUIDANCE_PROMOTE, "admin", OUT, ALLOW),
                row(Action.GUIDANCE_PROMOTE, "strategisk", OUT, DENY),

                row(Action.GUIDANCE_WITHDRAW, "strategisk", OWN, ALLOW),
                row(Action.GUIDANCE_WITHDRAW, "kulturbaerer", OWN, DENY),
                row(Action.GUIDANCE_WITHDRAW, "strategisk", ORG, ALLOW),
                row(Action.GUIDANCE_WITHDRAW, "direktoer", ORG, DENY),
                row(Action.GUIDANCE_WITHDRAW, "region", CLU, ALLOW),
                row(Action.GUIDANCE_WITHDRAW, "implementering", CLU, DENY),
                row(Action.GUIDANCE_WITHDRAW, "region", OUT, ALLOW),
                row(Action.GUIDANCE_WITHDRAW, "strategisk", OUT, DENY),

                // Barriers: line managers of the unit, the cluster's implementing level, administrators.
                row(Action.BARRIER_RECORD, "leder", OWN, ALLOW),
                row(Action.BARRIER_RECORD, "sygeplejerske", OWN, DENY),
                row(Action.BARRIER_RECORD, "lm@ORG", ORG, ALLOW),
                row(Action.BARRIER_RECORD, "leder", ORG, DENY),
                row(Action.BARRIER_RECORD, "implementering", CLU, ALLOW),
                row(Action.BARRIER_RECORD, "leder", CLU, DENY),
                row(Action.BARRIER_RECORD, "admin", OUT, ALLOW),
                row(Action.BARRIER_RECORD, "implementering", OUT, DENY),

                // Training log: culture bearers and line managers of the unit, administrators.
                row(Action.TRAINING_LOG_ADD, "kulturbaerer", OWN, ALLOW),
                row(Action.TRAINING_LOG_ADD, "sygeplejerske", OWN, DENY),
                row(Action.TRAINING_LOG_ADD, "cb@ORG", ORG, ALLOW),
                row(Action.TRAINING_LOG_ADD, "kulturbaerer", ORG, DENY),
                row(Action.TRAINING_LOG_ADD, "lm@CLU", CLU, ALLOW),
                row(Action.TRAINING_LOG_ADD, "leder", CLU, DENY),
                row(Action.TRAINING_LOG_ADD, "kulturbaerer2", OUT, ALLOW),
                row(Action.TRAINING_LOG_ADD, "kulturbaerer", OUT, DENY),

                // Unit training sessions: the unit's culture bearers and line managers, the organisation's senior
                // managers, the cluster's implementing level, administrators.
                row(Action.TRAINING_SESSION_CREATE, "kulturbaerer", OWN, ALLOW),
                row(Action.TRAINING_SESSION_CREATE, "sygeplejerske", OWN, DENY),
                row(Action.TRAINING_SESSION_CREATE, "direktoer", ORG, ALLOW),
                row(Action.TRAINING_SESSION_CREATE, "kulturbaerer", ORG, DENY),
                row(Action.TRAINING_SESSION_CREATE, "implementering", CLU, ALLOW),
                row(Action.TRAINING_SESSION_CREATE, "direktoer", CLU, DENY),
                row(Action.TRAINING_SESSION_CREATE, "kulturbaerer2", OUT, ALLOW),
                row(Action.TRAINING_SESSION_CREATE, "implementering", OUT, DENY),

                // Signing up: oneself, for a session meant for where one works; never the political level.
                row(Action.TRAINING_SIGN_UP, "sygeplejerske", OWN, ALLOW),
                row(Action.TRAINING_SIGN_UP, "politiker", OWN, DENY),

                // Culture bearer appointments: line managers of the unit, administrators.
                row(Action.CULTURE_BEARER_APPOINT, "leder", OWN, ALLOW),
                row(Action.CULTURE_BEARER_APPOINT, "kulturbaerer", OWN, DENY),
                row(Action.CULTURE_BEARER_APPOINT, "lm@ORG", ORG, ALLOW),
                row(Action.CULTURE_BEARER_APPOINT, "leder", ORG, DENY),
                row(Action.CULTURE_BEARER_APPOINT, "admin", CLU, ALLOW),
                row(Action.CULTURE_BEARER_APPOINT, "leder", CLU, DENY),
                row(Action.CULTURE_BEARER_APPOINT, "lm@OUT", OUT, ALLOW),
                row(Action.CULTURE_BEARER_APPOINT, "lm@ORG", OUT, DENY),

                // Plan status of the boundary unit's organisation: its senior managers, the cluster's strategic and
                // implementing levels, administrators.
                row(Action.PLAN_STATUS_SET, "direktoer", OWN, ALLOW),
                row(Action.PLAN_STATUS_SET, "leder", OWN, DENY),
                row(Action.PLAN_STATUS_SET, "strategisk", ORG, ALLOW),
                row(Action.PLAN_STATUS_SET, "lm@ORG", ORG, DENY),
                row(Action.PLAN_STATUS_SET, "implementering", CLU, ALLOW),
                row(Action.PLAN_STATUS_SET, "direktoer", CLU, DENY),
                row(Action.PLAN_STATUS_SET, "admin", OUT, ALLOW),
                row(Action.PLAN_STATUS_SET, "strategisk", OUT, DENY),

                // Spreading decisions of the boundary unit's cluster: its strategic level, administrators.
                row(Action.SPREADING_CREATE, "strategisk", OWN, ALLOW),
                row(Action.SPREADING_CREATE, "leder", OWN, DENY),
                row(Action.SPREADING_CREATE, "region", ORG, ALLOW),
                row(Action.SPREADING_CREATE, "direktoer", ORG, DENY),
                row(Action.SPREADING_CREATE, "admin", CLU, ALLOW),
                row(Action.SPREADING_CREATE, "implementering", CLU, DENY),
                row(Action.SPREADING_CREATE, "region", OUT, ALLOW),
                row(Action.SPREADING_CREATE, "strategisk", OUT, DENY),

                // Region-wide content and administration: no unit boundary applies, one row pair each.
                row(Action.MATERIAL_PUBLISH, "implementering", OWN, ALLOW),
                row(Action.MATERIAL_PUBLISH, "kulturbaerer", OWN, DENY),
                row(Action.ROLE_GRANT, "admin", OWN, ALLOW),
                row(Action.ROLE_GRANT, "region", OWN, DENY),

                // Taking back an acceptance: as accepting.
                row(Action.ANSWER_UNACCEPT, "kulturbaerer", OWN, ALLOW),
                row(Action.ANSWER_UNACCEPT, "leder", OWN, DENY),
                row(Action.ANSWER_UNACCEPT, "cb@ORG", ORG, ALLOW),
                row(Action.ANSWER_UNACCEPT, "kulturbaerer", ORG, DENY),
                row(Action.ANSWER_UNACCEPT, "cb@CLU", CLU, ALLOW),
                row(Action.ANSWER_UNACCEPT, "kulturbaerer", CLU, DENY),
                row(Action.ANSWER_UNACCEPT, "kulturbaerer2", OUT, ALLOW),
                row(Action.ANSWER_UNACCEPT, "kulturbaerer", OUT, DENY),

                // Changing a barrier: as recording it (for the barrier's unit and the unit it is moved to).
                row(Action.BARRIER_UPDATE, "leder", OWN, ALLOW),
                row(Action.BARRIER_UPDATE, "sygeplejerske", OWN, DENY),
                row(Action.BARRIER_UPDATE, "lm@ORG", ORG, ALLOW),
                row(Action.BARRIER_UPDATE, "leder", ORG, DENY),
                row(Action.BARRIER_UPDATE, "implementering", CLU, ALLOW),
                row(Action.BARRIER_UPDATE, "lm@ORG", CLU, DENY),
                row(Action.BARRIER_UPDATE, "admin", OUT, ALLOW),
                row(Action.BARRIER_UPDATE, "implementering", OUT, DENY),

                // Changing and removing a logged entry (logged by an administrator here): the unit's line managers
                // and administrators; a culture bearer only their own entries.
                row(Action.TRAINING_LOG_UPDATE, "leder", OWN, ALLOW),
                row(Action.TRAINING_LOG_UPDATE, "kulturbaerer", OWN, DENY),
                row(Action.TRAINING_LOG_UPDATE, "lm@ORG", ORG, ALLOW),
                row(Action.TRAINING_LOG_UPDATE, "leder", ORG, DENY),
                row(Action.TRAINING_LOG_UPDATE, "lm@CLU", CLU, ALLOW),
                row(Action.TRAINING_LOG_UPDATE, "leder", CLU, DENY),
                row(Action.TRAINING_LOG_UPDATE, "lm@OUT", OUT, ALLOW),
                row(Action.TRAINING_LOG_UPDATE, "lm@ORG", OUT, DENY),

                row(Action.TRAINING_LOG_REMOVE, "leder", OWN, ALLOW),
                row(Action.TRAINING_LOG_REMOVE, "sygeplejerske", OWN, DENY),
                row(Action.TRAINING_LOG_REMOVE, "lm@ORG", ORG, ALLOW),
                row(Action.TRAINING_LOG_REMOVE, "cb@ORG", ORG, DENY),
                row(Action.TRAINING_LOG_REMOVE, "admin", CLU, ALLOW),
                row(Action.TRAINING_LOG_REMOVE, "leder", CLU, DENY),
                row(Action.TRAINING_LOG_REMOVE, "lm@OUT", OUT, ALLOW),
                row(Action.TRAINING_LOG_REMOVE, "kulturbaerer2", OUT, DENY),

                // Changing and cancelling a session (created by an administrator here): whoever may create it.
                row(Action.TRAINING_SESSION_UPDATE, "kulturbaerer", OWN, ALLOW),
                row(Action.TRAINING_SESSION_UPDATE, "sygeplejerske", OWN, DENY),
                row(Action.TRAINING_SESSION_UPDATE, "direktoer", ORG, ALLOW),
                row(Action.TRAINING_SESSION_UPDATE, "kulturbaerer", ORG, DENY),
                row(Action.TRAINING_SESSION_UPDATE, "implementering", CLU, ALLOW),
                row(Action.TRAINING_SESSION_UPDATE, "direktoer", CLU, DENY),
                row(Action.TRAINING_SESSION_UPDATE, "kulturbaerer2", OUT, ALLOW),
                row(Action.TRAINING_SESSION_UPDATE, "implementering", OUT, DENY),

                row(Action.TRAINING_SESSION_CANCEL, "leder", OWN, ALLOW),
                row(Action.TRAINING_SESSION_CANCEL, "hjemmehjaelper", OWN, DENY),
                row(Action.TRAINING_SESSION_CANCEL, "cb@ORG", ORG, ALLOW),
                row(Action.TRAINING_SESSION_CANCEL, "leder", ORG, DENY),
                row(Action.TRAINING_SESSION_CANCEL, "lm@CLU", CLU, ALLOW),
                row(Action.TRAINING_SESSION_CANCEL, "direktoer", CLU, DENY),
                row(Action.TRAINING_SESSION_CANCEL, "admin", OUT, ALLOW),
                row(Action.TRAINING_SESSION_CANCEL, "kulturbaerer", OUT, DENY),

                // Marking attendance at a session (created by an administrator here): as changing it.
                row(Action.TRAINING_ATTENDANCE, "kulturbaerer", OWN, ALLOW),
                row(Action.TRAINING_ATTENDANCE, "hjemmehjaelper", OWN, DENY),
                row(Action.TRAINING_ATTENDANCE, "lm@ORG", ORG, ALLOW),
                row(Action.TRAINING_ATTENDANCE, "kulturbaerer", ORG, DENY),
                row(Action.TRAINING_ATTENDANCE, "implementering", CLU, ALLOW),
                row(Action.TRAINING_ATTENDANCE, "leder", CLU, DENY),
                row(Action.TRAINING_ATTENDANCE, "admin", OUT, ALLOW),
                row(Action.TRAINING_ATTENDANCE, "lm@CLU", OUT, DENY),

                // The participant's own line manager decides; another unit's leader, the organisers and the
                // participant do not.
                row(Action.TRAINING_APPROVE, "leder", OWN, ALLOW),
                row(Action.TRAINING_APPROVE, "sygeplejerske", OWN, DENY),
                row(Action.TRAINING_APPROVE, "lm@ORG", ORG, ALLOW),
                row(Action.TRAINING_APPROVE, "leder", ORG, DENY),
                row(Action.TRAINING_APPROVE, "lm@CLU", CLU, ALLOW),
                row(Action.TRAINING_APPROVE, "leder", CLU, DENY),
                row(Action.TRAINING_APPROVE, "lm@OUT", OUT, ALLOW),
                row(Action.TRAINING_APPROVE, "leder", OUT, DENY),

                row(Action.TRAINING_REJECT, "leder", OWN, ALLOW),
                row(Action.TRAINING_REJECT, "kulturbaerer", OWN, DENY),
                row(Action.TRAINING_REJECT, "lm@ORG", ORG, ALLOW),
                row(Action.TRAINING_REJECT, "direktoer", ORG, DENY),
                row(Action.TRAINING_REJECT, "lm@CLU", CLU, ALLOW),
                row(Action.TRAINING_REJECT, "leder", CLU, DENY),
                row(Action.TRAINING_REJECT, "lm@OUT", OUT, ALLOW),
                row(Action.TRAINING_REJECT, "implementering", OUT, DENY),

                // Ending an appointment: line managers of every unit it covers, administrators.
                row(Action.CULTURE_BEARER_END, "leder", OWN, ALLOW),
                row(Action.CULTURE_BEARER_END, "kulturbaerer", OWN, DENY),
                row(Action.CULTURE_BEARER_END, "lm@ORG", ORG, ALLOW),
                row(Action.CULTURE_BEARER_END, "leder", ORG, DENY),
                row(Action.CULTURE_BEARER_END, "admin", CLU, ALLOW),
                row(Action.CULTURE_BEARER_END, "leder", CLU, DENY),
                row(Action.CULTURE_BEARER_END, "lm@OUT", OUT, ALLOW),
                row(Action.CULTURE_BEARER_END, "lm@ORG", OUT, DENY),

                // Editing guidance: as withdrawing it.
                row(Action.GUIDANCE_EDIT, "strategisk", OWN, ALLOW),
                row(Action.GUIDANCE_EDIT, "kulturbaerer", OWN, DENY),
                row(Action.GUIDANCE_EDIT, "admin", ORG, ALLOW),
                row(Action.GUIDANCE_EDIT, "implementering", ORG, DENY),
                row(Action.GUIDANCE_EDIT, "region", CLU, ALLOW),
                row(Action.GUIDANCE_EDIT, "direktoer", CLU, DENY),
                row(Action.GUIDANCE_EDIT, "region", OUT, ALLOW),
                row(Action.GUIDANCE_EDIT, "strategisk", OUT, DENY),

                // Changing a spreading decision: as recording it.
                row(Action.SPREADING_UPDATE, "strategisk", OWN, ALLOW),
                row(Action.SPREADING_UPDATE, "implementering", OWN, DENY),
                row(Action.SPREADING_UPDATE, "admin", ORG, ALLOW),
                row(Action.SPREADING_UPDATE, "leder", ORG, DENY),
                row(Action.SPREADING_UPDATE, "region", CLU, ALLOW),
                row(Action.SPREADING_UPDATE, "direktoer", CLU, DENY),
                row(Action.SPREADING_UPDATE, "admin", OUT, ALLOW),
                row(Action.SPREADING_UPDATE, "strategisk", OUT, DENY));
    }

    private static Arguments row(Action action, String caller, Boundary boundary, boolean allowed) {
        return Arguments.of(action, caller, boundary, allowed);
    }

    @Autowired
    UserDetailsService users;
    @Autowired
    PersonAccounts accounts;
    @Autowired
    OrganisationService organisation;
    @Autowired
    Resolving resolving;
    @Autowired
    Answering answering;
    @Autowired
    Asking asking;
    @Autowired
    QuestionReadModel readModel;
    @Autowired
    QuestionEditing editing;
    @Autowired
    Moderation moderation;
    @Autowired
    GeneralQuestions general;
    @Autowired
    GuidanceService guidance;
    @Autowired
    BarrierLog barriers;
    @Autowired
    TrainingLog trainingLog;
    @Autowired
    TrainingCalendar calendar;

    @Autowired
    Approvals approvals;

    @Autowired
    Attendance attendance;

    @Autowired
    SignUps signUps;

    @Autowired
    TrainingSessions trainingSessions;
    @Autowired
    CultureBearerRegister register;
    @Autowired
    PlanService plan;
    @Autowired
    SpreadingDecisions spreading;
    @Autowired
    MaterialLibrary materials;
    @Autowired
    PeopleAdministration people;
    @Autowired
    Clock clock;

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @AfterEach
    void logout() {
        AuthenticatedAs.logout();
    }

    @ParameterizedTest(name = "{0} by {1} at {2}: allowed={3}")
    @MethodSource("matrix")
    void every_role_acts_exactly_in_its_scope(Action action, String caller, Boundary boundary, boolean allowed) {
        Runnable call = prepare(action, boundary);
        login(caller);
        if (allowed) {
            if (action == Action.MATERIAL_PUBLISH) {
                // Past the role gate the file's content is checked; a refusal of the file is not one of access.
                assertThat(catchThrowable(call::run)).as(action + " by " + caller)
                        .satisfiesAnyOf(t -> assertThat(t).isNull(),
                                t -> assertThat(t).isInstanceOf(RuleViolation.class));
            } else {
                assertThatCode(call::run).as(action + " by " + caller + " at " + boundary).doesNotThrowAnyException();
            }
        } else {
            assertThatThrownBy(call::run).as(action + " by " + caller + " at " + boundary)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    /** The matrix holds an allowed and a refused row for every boundary of every action scoped to units. */
    @Test
    void the_matrix_has_an_allowed_and_a_refused_caller_per_boundary() {
        var rows = matrix().map(Arguments::get).toList();
        for (var action : Action.values()) {
            var mine = rows.stream().filter(r -> r[0] == action).toList();
            assertThat(mine).as(action.name()).isNotEmpty();
            var boundaries = switch (action) {
                case QUESTION_ASK, TRAINING_SIGN_UP, MATERIAL_PUBLISH, ROLE_GRANT -> EnumSet.of(OWN);
                default -> EnumSet.allOf(Boundary.class);
            };
            for (var b : boundaries) {
                for (boolean expected : new boolean[] {ALLOW, DENY}) {
                    assertThat(mine).as(action + " " + b + " " + expected)
                            .anyMatch(r -> r[2] == b && (boolean) r[3] == expected);
                }
            }
        }
    }

    /** Where each action stands in the table of docs/security.md: a text of its line, and its part of the line. */
    private static final Map<Action, List<String>> DOC_LINES = Map.ofEntries(
            Map.entry(Action.QUESTION_EDIT, List.of("(`QuestionEditing.edit`)", "")),
            Map.entry(Action.ANSWER_EDIT, List.of("(`QuestionEditing.editAnswer`)", "")),
            Map.entry(Action.POST_HIDE, List.of("(`Moderation.hide`)", "")),
            Map.entry(Action.POST_UNHIDE, List.of("(`Moderation.unhide`)", "")),
            Map.entry(Action.POST_REDACT, List.of("(`Moderation.redact`):", "")),
            Map.entry(Action.ANSWER_ACCEPT, List.of("(`Resolving.accept`", "accept: ")),
            Map.entry(Action.QUESTION_REOPEN, List.of("(`Resolving.accept`", "reopen: ")),
            Map.entry(Action.QUESTION_ASK, List.of("(`Asking.ask`)", "")),
            Map.entry(Action.QUESTION_ANSWER, List.of("(`Answering.answer`", "answer: ")),
            Map.entry(Action.QUESTION_COMMENT, List.of("(`Answering.answer`", "comment: ")),
            Map.entry(Action.ANSWER_USEFUL, List.of("(`Answering.answer`", "useful: ")),
            Map.entry(Action.GENERAL_RAISE, List.of("(`GeneralQuestions.raise`)", "")),
            Map.entry(Action.GENERAL_DECIDE, List.of("(`GeneralQuestions.decide`)", "")),
            Map.entry(Action.GUIDANCE_PROMOTE, List.of("(`GuidanceService.promote`", "promote: ")),
            Map.entry(Action.GUIDANCE_WITHDRAW, List.of("(`GuidanceService.promote`", "withdraw: ")),
            Map.entry(Action.BARRIER_RECORD, List.of("(`BarrierLog.record`", "")),
            Map.entry(Action.TRAINING_LOG_ADD, List.of("(`TrainingLog.add`", "")),
            Map.entry(Action.TRAINING_SESSION_CREATE, List.of("(`TrainingSessions.create`", "")),
            Map.entry(Action.TRAINING_SIGN_UP, List.of("(`signUp`", "")),
            Map.entry(Action.CULTURE_BEARER_APPOINT, List.of("(`CultureBearerRegister.appoint`", "")),
            Map.entry(Action.PLAN_STATUS_SET, List.of("(`PlanService.setStatus`)", "")),
            Map.entry(Action.SPREADING_CREATE, List.of("(`SpreadingDecisions.create`", "")),
            Map.entry(Action.MATERIAL_PUBLISH, List.of("(`MaterialLibrary.publish`", "")),
            Map.entry(Action.ROLE_GRANT, List.of("(`PeopleAdministration`", "role grant: ")),
            Map.entry(Action.ANSWER_UNACCEPT, List.of("(`Resolving.unaccept`)", "")),
            Map.entry(Action.BARRIER_UPDATE, List.of("(`BarrierLog.update`)", "")),
            Map.entry(Action.TRAINING_LOG_UPDATE, List.of("(`TrainingLog.update`)", "")),
            Map.entry(Action.TRAINING_LOG_REMOVE, List.of("(`TrainingLog.remove`)", "")),
            Map.entry(Action.TRAINING_SESSION_UPDATE, List.of("(`TrainingSessions.update`)", "")),
            Map.entry(Action.TRAINING_SESSION_CANCEL, List.of("(`TrainingSessions.cancelSession`)", "")),
            Map.entry(Action.CULTURE_BEARER_END, List.of("(`CultureBearerRegister.end`)", "")),
            Map.entry(Action.GUIDANCE_EDIT, List.of("(`GuidanceService.edit`)", "")),
            Map.entry(Action.SPREADING_UPDATE, List.of("(`SpreadingDecisions.update`)", "")),
            Map.entry(Action.TRAINING_APPROVE, List.of("(`Approvals.approve`", "approve: ")),
            Map.entry(Action.TRAINING_REJECT, List.of("(`Approvals.approve`", "reject: ")),
            Map.entry(Action.TRAINING_ATTENDANCE, List.of("(`Attendance.markAttendance`)", "")));

    private static final Map<String, String> DOC_NAMES = Map.of("cb@ORG", "cb@Kolding Syd", "cb@CLU", "cb@M1",
            "lm@ORG", "lm@Kolding Syd", "lm@CLU", "lm@M1", "lm@OUT", "lm@Aabenraa");

    /** The doc's table and the rows above must not drift apart: each action's callers, boundary by boundary. */
    @Test
    void the_table_in_docs_security_md_lists_the_tested_callers() throws Exception {
        var doc = java.nio.file.Files.readAllLines(java.nio.file.Path.of("docs", "security.md"));
        var section = doc.subList(doc.indexOf("## Role and scope matrix"), doc.size());
        var rows = matrix().map(Arguments::get).toList();
        for (var action : Action.values()) {
            var where = DOC_LINES.get(action);
            var line = section.stream().filter(l -> l.startsWith("|") && l.contains(where.get(0))).findFirst();
            assertThat(line).as(action + " has a line in docs/security.md").isPresent();
            var expected = new StringBuilder(where.get(1));
            for (var b : Boundary.values()) {
                var allowed = rows.stream().filter(r -> r[0] == action && r[2] == b && (boolean) r[3]).findFirst();
                var refused = rows.stream().filter(r -> r[0] == action && r[2] == b && !(boolean) r[3]).findFirst();
                if (allowed.isEmpty()) {
                    continue;
                }
                if (b != OWN) {
                    expected.append("; ");
                }
                expected.append(docName(allowed.get()[1])).append(" / ").append(docName(refused.orElseThrow()[1]));
            }
            assertThat(line.get()).as(action.name()).contains(expected.toString());
        }
    }

    private static String docName(Object caller) {
        return DOC_NAMES.getOrDefault((String) caller, (String) caller);
    }

    /** The political level reads cluster totals: every mutating action in the matrix refuses it. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Action.class)
    void the_political_level_changes_nothing(Action action) {
        Runnable call = prepare(action, OWN);
        login("politiker");
        assertThatThrownBy(call::run).as(action.name()).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * Seen in issue 10: Lone Bech, culture bearer in Sygeplejen Aabenraa (Sønderjylland), edited the title of a
     * Kolding question, hid it, and redacted a question from Sygehus Lillebælt.
     */
    @Test
    void a_culture_bearer_in_aabenraa_cannot_edit_hide_or_redact_questions_of_lillebaelt() {
        long kolding = ask(OWN);
        long sygehus = ask(CLU);
        long version = readModel.details(kolding).orElseThrow().version();
        login("kulturbaerer2");
        assertThatThrownBy(() -> editing.edit(kolding, version, draft("Ny titel fra Aabenraa")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.hide(PostType.QUESTION, kolding, "Skjult fra Aabenraa"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.redact(PostType.QUESTION, sygehus, "Fjernet fra Aabenraa"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(readModel.details(kolding).orElseThrow().may().moderate()).isFalse();
        assertThat(readModel.details(kolding).orElseThrow().may().edit()).isFalse();
        login("admin");
        var details = readModel.details(kolding).orElseThrow();
        assertThat(details.title()).startsWith("Hvem sender epikrisen");
        assertThat(details.hidden()).isFalse();
        assertThat(readModel.details(sygehus).orElseThrow().redacted()).isFalse();
    }

    @Test
    void redaction_needs_a_reason_and_a_culture_bearer_of_the_unit_may_hide_but_not_redact() {
        long q = ask(OWN);
        login("kulturbaerer");
        assertThat(readModel.details(q).orElseThrow().may().moderate()).isTrue();
        assertThat(readModel.details(q).orElseThrow().may().redact()).isFalse();
        login("implementering");
        assertThat(readModel.details(q).orElseThrow().may().redact()).isTrue();
        assertThatThrownBy(() -> moderation.redact(PostType.QUESTION, q, "  "))
                .isInstanceOf(dk.sambo.portal.shared.RuleViolation.class);
        assertThat(readModel.details(q).orElseThrow().redacted()).isFalse();
        moderation.redact(PostType.QUESTION, q, "Navn på en borger i overskriften");
        assertThat(readModel.details(q).orElseThrow().redacted()).isTrue();
    }

    // --- preparing a target at a boundary, as the people of that unit --------------------------------------

    private Runnable prepare(Action action, Boundary b) {
        return switch (action) {
            case QUESTION_EDIT -> {
                long q = ask(b);
                long version = readModel.details(q).orElseThrow().version();
                yield () -> editing.edit(q, version, draft("Ændret titel " + SEQUENCE.incrementAndGet()));
            }
            case ANSWER_EDIT -> {
                long q = ask(b);
                long a = answering.answer(q, "Første svar fra enheden.");
                long version = readModel.details(q).orElseThrow().answers().getFirst().version();
                yield () -> editing.editAnswer(a, version, "Rettet svar.");
            }
            case POST_HIDE -> {
                long q = ask(b);
                yield () -> moderation.hide(PostType.QUESTION, q, "Hører ikke hjemme her");
            }
            case POST_UNHIDE -> {
                long q = ask(b);
                login("admin");
                moderation.hide(PostType.QUESTION, q, "Hører ikke hjemme her");
                yield () -> moderation.unhide(PostType.QUESTION, q);
            }
            case POST_REDACT -> {
                long q = ask(b);
                yield () -> moderation.redact(PostType.QUESTION, q, "Oplysninger om en borger");
            }
            case ANSWER_ACCEPT -> {
                long q = ask(b);
                login("admin");
                long a = answering.answer(q, "Svar fra administratoren.");
                yield () -> resolving.accept(a);
            }
            case QUESTION_REOPEN -> {
                long q = ask(b);
                login("admin");
                answering.answer(q, "Svar fra administratoren.");
                yield () -> resolving.reopen(q, "Svaret dækker ikke natten.");
            }
            case QUESTION_ASK -> () -> asking.ask(draft("Nyt spørgsmål " + SEQUENCE.incrementAndGet()));
            case QUESTION_ANSWER -> {
                long q = ask(b);
                yield () -> answering.answer(q, "Et svar.");
            }
            case QUESTION_COMMENT -> {
                long q = ask(b);
                yield () -> answering.comment(q, null, "En kommentar.");
            }
            case ANSWER_USEFUL -> {
                long q = ask(b);
                login("admin");
                long a = answering.answer(q, "Svar fra administratoren.");
                yield () -> resolving.toggleUseful(a);
            }
            case GENERAL_RAISE -> {
                long q = ask(b);
                yield () -> general.raise(q, "Praksis er forskellig i klyngen.");
            }
            case GENERAL_DECIDE -> {
                long q = ask(b);
                login("admin");
                general.raise(q, "Praksis er forskellig i klyngen.");
                yield () -> general.decide(q, "Klyngen beslutter en fælles praksis.");
            }
            case GUIDANCE_PROMOTE -> {
                long q = resolved(b);
                login("admin");
                var proposal = guidance.proposal(q);
                yield () -> guidance.promote(q, proposal);
            }
            case GUIDANCE_WITHDRAW -> {
                long q = resolved(b);
                login("admin");
                long g = guidance.promote(q, guidance.proposal(q));
                yield () -> guidance.withdraw(g);
            }
            case BARRIER_RECORD -> {
                long unit = unit(b).id();
                yield () -> barriers.record(new BarrierLog.Draft(unit, BarrierKind.PRACTICAL,
                        "Vagtplanen giver ikke tid til sidemandsoplæring.", null, null, null, BarrierStatus.OPEN));
            }
            case TRAINING_LOG_ADD -> {
                long unit = unit(b).id();
                var today = LocalDate.now(clock.withZone(TestClock.ZONE));
                yield () -> trainingLog.add(new LogEntryData(SessionType.PRACTICE_TRAINING, today, 30, unit, Set.of(),
                        List.of(), 4, null));
            }
            case TRAINING_SESSION_CREATE -> {
                long unit = unit(b).id();
                yield () -> trainingSessions.create(practice(unit));
            }
            case TRAINING_SIGN_UP -> {
                long unit = unit(b).id();
                login("admin");
                long session = trainingSessions.create(practice(unit)).id();
                yield () -> signUps.signUp(session);
            }
            case CULTURE_BEARER_APPOINT -> {
                var unit = unit(b);
                long person = person("staff", b);
                // A period already over: the role it gives is taken back straight away (see below), so the demo
                // data's routing stays as it was for the other tests.
                var from = LocalDate.now(clock.withZone(TestClock.ZONE)).minusDays(400 - 3L * SEQUENCE.incrementAndGet());
                yield () -> {
                    long appointment = register.appoint(person, Set.of(unit.id()), Set.of(), from, from.plusDays(1));
                    login("admin");
                    register.end(appointment, from.plusDays(1));
                };
            }
            case PLAN_STATUS_SET -> {
                long organisationId = unit(b).organisationId();
                long activity = plan.activities().stream().filter(PlanService.Activity::tracked).findFirst()
                        .orElseThrow().id();
                yield () -> plan.setStatus(organisationId, activity, false, null);
            }
            case SPREADING_CREATE -> {
                long cluster = unit(b).clusterIds().getFirst();
                yield () -> spreading.create(new SpreadingDecisions.Draft(cluster, "Fælles medicinliste", null, null,
                        false, null, null, null, null, null, null, null, null, null, null, null,
                        EnumSet.noneOf(ImplementationKey.class), Decision.PENDING, null));
            }
            case MATERIAL_PUBLISH -> {
                byte[] docx = docx();
                yield () -> materials.publish("Pjece " + SEQUENCE.incrementAndGet(), null, Audience.EVERYONE, false,
                        "pjece.docx", docx);
            }
            case ANSWER_UNACCEPT -> {
                long q = resolved(b);
                yield () -> resolving.unaccept(q);
            }
            case BARRIER_UPDATE -> {
                long unit = unit(b).id();
                login("admin");
                var draft = new BarrierLog.Draft(unit, BarrierKind.PRACTICAL,
                        "Vagtplanen giver ikke tid til sidemandsoplæring.", null, null, null, BarrierStatus.OPEN);
                long id = barriers.record(draft);
                long version = barriers.ofUnits(List.of(unit)).stream().filter(e -> e.id() == id).findFirst()
                        .orElseThrow().version();
                yield () -> barriers.update(id, version, new BarrierLog.Draft(unit, BarrierKind.PRACTICAL,
                        "Vagtplanen giver ikke tid til sidemandsoplæring.", "Ny vagtplan", null, null,
                        BarrierStatus.IN_PROGRESS));
            }
            case TRAINING_LOG_UPDATE -> {
                var entry = logged(b);
                var data = new LogEntryData(SessionType.PRACTICE_TRAINING, entry.day(), 45, entry.unitId(),
                        Set.of(), List.of(), 5, null);
                yield () -> trainingLog.update(entry.id(), entry.version(), data);
            }
            case TRAINING_LOG_REMOVE -> {
                long id = logged(b).id();
                yield () -> trainingLog.remove(id);
            }
            case TRAINING_SESSION_UPDATE -> {
                long unit = unit(b).id();
                login("admin");
                var session = trainingSessions.create(practice(unit));
                var data = calendar.session(session.id()).orElseThrow().toData();
                var changed = new SessionData(data.type(), data.title() + " (flyttet)", data.description(),
                        data.start(), data.end(), "Det store mødelokale", data.onlineLink(), data.scope(),
                        data.scopeId(), data.audiences(), data.capacity(), data.signupDeadline(),
                        data.approvalRequired(), List.of());
                yield () -> trainingSessions.update(session.id(), session.version(), changed);
            }
            case TRAINING_APPROVE -> {
                long registration = pendingSignUp(b);
                yield () -> approvals.approve(registration);
            }
            case TRAINING_REJECT -> {
                long registration = pendingSignUp(b);
                yield () -> approvals.reject(registration);
            }
            case TRAINING_ATTENDANCE -> {
                long unit = unit(b).id();
                long participant = person("staff", b);
                login("admin");
                var data = practice(unit);
                long session = trainingSessions.create(data).id();
                loginPerson(participant);
                signUps.signUp(session);
                yield () -> {
                    // Attendance opens at the session's start: move the clock there for the call, then back.
                    var before = clock.instant();
                    ((TestClock) clock).set(data.start().plus(Duration.ofMinutes(5)));
                    try {
                        attendance.markAttendance(session, participant, AttendanceStatus.ATTENDED);
                    } finally {
                        ((TestClock) clock).set(before);
                    }
                };
            }
            case TRAINING_SESSION_CANCEL -> {
                long unit = unit(b).id();
                login("admin");
                long session = trainingSessions.create(practice(unit)).id();
                yield () -> trainingSessions.cancelSession(session);
            }
            case CULTURE_BEARER_END -> {
                var unit = unit(b);
                long person = person("staff", b);
                var from = LocalDate.now(clock.withZone(TestClock.ZONE)).minusDays(400 - 3L * SEQUENCE.incrementAndGet());
                login("admin");
                long appointment = register.appoint(person, Set.of(unit.id()), Set.of(), from, from.plusDays(1));
                yield () -> {
                    try {
                        register.end(appointment, from.plusDays(1));
                    } finally {
                        // Refused or not, the role the appointment gave goes again (the demo data's routing stays).
                        login("admin");
                        register.end(appointment, from.plusDays(1));
                    }
                };
            }
            case GUIDANCE_EDIT -> {
                long q = resolved(b);
                login("admin");
                long g = guidance.promote(q, guidance.proposal(q));
                var view = guidance.get(g).orElseThrow();
                var draft = new dk.sambo.portal.qa.service.GuidanceDraft(view.title(), view.body() + " Gælder også i weekenden.",
                        view.topicCode(), view.reviewDate(), Set.copyOf(view.organisationIds()));
                yield () -> guidance.edit(g, view.version(), draft);
            }
            case SPREADING_UPDATE -> {
                long cluster = unit(b).clusterIds().getFirst();
                login("admin");
                long id = spreading.create(spreadingDraft(cluster, "Fælles medicinliste"));
                long version = spreading.get(id).orElseThrow().version();
                yield () -> spreading.update(id, version,
                        spreadingDraft(cluster, "Fælles medicinliste i hele klyngen"));
            }
            case ROLE_GRANT -> {
                long person = person("staff", b);
                yield () -> {
                    var grant = people.grant(person, Role.POLITICAL, ScopeType.REGION, null);
                    people.revoke(grant.assignmentId());
                };
            }
        };
    }

    /** A training entry of the boundary's unit, logged by an administrator. */
    private dk.sambo.portal.training.domain.LogEntryInfo logged(Boundary b) {
        long unit = unit(b).id();
        login("admin");
        var today = LocalDate.now(clock.withZone(TestClock.ZONE));
        return trainingLog.add(new LogEntryData(SessionType.PRACTICE_TRAINING, today, 30, unit, Set.of(), List.of(),
                4, null));
    }

    private static SpreadingDecisions.Draft spreadingDraft(long cluster, String title) {
        return new SpreadingDecisions.Draft(cluster, title, null, null, false, null, null, null, null, null, null,
                null, null, null, null, null, EnumSet.noneOf(ImplementationKey.class), Decision.PENDING, null);
    }

    /** A question asked from the boundary's unit by a staff member working there. */
    private long ask(Boundary b) {
        loginPerson(person("staff", b));
        return asking.ask(draft("Hvem sender epikrisen ved weekendudskrivning? " + SEQUENCE.incrementAndGet()));
    }

    /** A question from the boundary's unit, answered by an administrator and accepted by the asker. */
    private long resolved(Boundary b) {
        long asker = person("staff", b);
        long q = ask(b);
        login("admin");
        long a = answering.answer(q, "Afdelingen sender epikrise samme dag.");
        loginPerson(asker);
        resolving.accept(a);
        return q;
    }

    private static QuestionDraft draft(String title) {
        return new QuestionDraft(title, "", "DISCHARGE", List.of(), null, null);
    }

/**
     * A plain staff member of the boundary's unit has asked for a seat on a session that needs the leader's
     * approval; the request's id.
     */
    private long pendingSignUp(Boundary b) {
        long unit = unit(b).id();
        long participant = person("staff", b);
        login("admin");
        var data = practice(unit);
        long session = trainingSessions.create(new SessionData(data.type(), data.title(), data.description(), data.start(),
                data.end(), data.place(), data.onlineLink(), data.scope(), data.scopeId(), data.audiences(),
                data.capacity(), data.signupDeadline(), true, List.of())).id();
        loginPerson(participant);
        assertThat(signUps.signUp(session).status()).isEqualTo(RegistrationStatus.PENDING);
        login("admin");
        return attendance.participants(session).stream().filter(p -> p.person().id() == participant).findFirst()
                .orElseThrow().registrationId();
    }

    private SessionData practice(long unitId) {
        var start = clock.instant().plus(Duration.ofDays(2));
        return new SessionData(SessionType.PRACTICE_TRAINING, "Praksistræning " + SEQUENCE.incrementAndGet(), null,
                start, start.plus(Duration.ofMinutes(30)), "Mødelokalet", null, SessionScope.UNIT, unitId,
                EnumSet.of(dk.sambo.portal.training.domain.Audience.STAFF_IN_DEPTH,
                        dk.sambo.portal.training.domain.Audience.STAFF_OVERALL), 10, null, false, List.of());
    }

    private static byte[] docx() {
        try {
            var out = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        + "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                        .getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- callers (ScopeCallers) ---------------------------------------------------------------------------

    private ScopeCallers callers;

    private ScopeCallers callers() {
        if (callers == null) {
            callers = new ScopeCallers(users, accounts, organisation);
        }
        return callers;
    }

    private UnitSummary unit(Boundary b) {
        return callers().unit(b);
    }

    private long person(String kind, Boundary b) {
        return callers().person(kind, b);
    }

    private void login(String caller) {
        callers().login(caller);
    }

    private void loginPerson(long personId) {
        callers().loginPerson(personId);
    }
}
