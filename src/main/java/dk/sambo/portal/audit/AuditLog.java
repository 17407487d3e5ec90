package dk.sambo.portal.audit;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes and reads the audit trail. A record joins the caller's transaction, so a change and its audit line are
 * stored together or not at all. Times are UTC instants from the portal's clock, kept to the microsecond.
 *
 * <p>Every event is appended to one hash chain ({@link AuditChain}): the append locks the one-row chain head
 * ({@code update audit_chain_head ...}) until the caller's transaction ends, so appends from all threads and
 * nodes are serialised and each event's hash covers the one before it. {@link #verifyChain()} walks the chain and
 * finds changed, removed and smuggled-in rows.
 *
 * <p>Split by use case (issue 16): this class writes the trail and is the one entry point with the access checks;
 * the chain walk is {@link AuditChainWalk}, the CSV export {@link AuditCsvExport}, the filter's query parts
 * {@link AuditQueries}.
 */
@Service
public class AuditLog {

    /** A person's data was looked at: who read whose data is an access-log request's answer. */
    public static final String PERSONAL_DATA_READ = "PERSONAL_DATA_READ";

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int BATCH = 500;

    private final AuditEventRepository events;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate writing;

    AuditLog(AuditEventRepository events, Clock clock, JdbcTemplate jdbc, EntityManager entityManager,
            PlatformTransactionManager transactions) {
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    /** Records an action of the person who is logged in now (or "system" for scheduled work). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String objectType, @Nullable Object objectId, @Nullable String details) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        append(actorIdOf(authentication), actorNameOf(authentication), action, objectType, objectId, details,
                List.of());
    }

    /** Records an action with an explicit actor, e.g. a failed login where nobody is authenticated. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(@Nullable Long actorId, String actor, String action, String objectType,
            @Nullable Object objectId, @Nullable String details) {
        append(actorId, actor, action, objectType, objectId, details, List.of());
    }

    /**
     * Records that the person logged in now read personal data: {@code what} names the screen or file (e.g.
     * "participants"), the object is what was opened, {@code subjects} the people whose data it showed. One
     * event per opening, not per row. Call it outside a read-only transaction.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordRead(String what, String objectType, @Nullable Object objectId, Collection<Long> subjects) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        append(actorIdOf(authentication), actorNameOf(authentication), PERSONAL_DATA_READ, objectType, objectId,
                "read=" + what + " people=" + subjects.size(), subjects);
    }

    /** One line of {@link #recordAll}: an action on an object, as {@link #record(String, String, Object, String)} takes it. */
    public record Entry(String action, String objectType, @Nullable Object objectId, @Nullable String details) {
    }

    /**
     * Records many actions of the person logged in now at once, in the caller's transaction: the same events, in
     * the same order and the same hash chain as one {@link #record(String, String, Object, String)} per entry, but
     * with one lock of the chain head and one JDBC batch instead of four statements per event. For bulk work such
     * as the organisation import (tens of thousands of lines).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var actorId = actorIdOf(authentication);
        var actor = actorNameOf(authentication);
        // Hibernate may hold unflushed audit events of this transaction: write them first, so the order holds.
        entityManager.flush();
        int n = entries.size();
        if (jdbc.update("update audit_chain_head set last_seq = last_seq + ? where id = 1", n) != 1) {
            throw new IllegalStateException("audit_chain_head has no row: the audit trail's chain head is missing");
        }
        var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
        long first = ((Number) head.get("last_seq")).longValue() - n + 1;
        var previous = (String) head.get("last_hash");
        var occurredAt = AuditChain.precision(clock.instant());
        var rows = new ArrayList<Object[]>(n);
        for (int i = 0; i < n; i++) {
            var entry = entries.get(i);
            var line = Line.of(actor, entry.action(), entry.objectType(), entry.objectId(), entry.details());
            long seq = first + i;
            var hash = line.hash(seq, occurredAt, actorId, List.of(), previous);
            rows.add(new Object[] {java.time.OffsetDateTime.ofInstant(occurredAt, java.time.ZoneOffset.UTC), actorId,
                line.actor(), line.action(), line.objectType(), line.objectId(), line.details(), seq, hash});
            previous = hash;
        }
        jdbc.batchUpdate("insert into audit_event (occurred_at, actor_id, actor, action, object_type, object_id,"
                + " details, chain_seq, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows,
                new int[] {java.sql.Types.TIMESTAMP_WITH_TIMEZONE, java.sql.Types.BIGINT, java.sql.Types.VARCHAR,
                    java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR,
                    java.sql.Types.BIGINT, java.sql.Types.VARCHAR});
        jdbc.update("update audit_chain_head set last_hash = ? where id = 1", previous);
    }

    /**
     * An event's text fields as they are stored: cleaned the way the central text cleaning stores them (the JPA
     * path cleans again on insert, which then changes nothing) and cut to the columns' lengths. Both ways of
     * appending build their fields here, so the hash always covers exactly the stored text.
     */
    private record Line(String actor, String action, String objectType, @Nullable String objectId,
            @Nullable String details) {

        static Line of(String actor, String action, String objectType, @Nullable Object objectId,
                @Nullable String details) {
            return new Line(truncate(cleaned(actor), 200), cleaned(action), cleaned(objectType),
                    objectId == null ? null : truncate(cleaned(objectId.toString()), 60),
                    details == null ? null : truncate(cleaned(details), 2000));
        }

        String hash(long seq, Instant occurredAt, @Nullable Long actorId, Collection<Long> subjects,
                String previous) {
            return AuditChain.hash(seq, occurredAt, actorId, actor, action, objectType, objectId, details, subjects,
                    previous);
        }

        private static String cleaned(String text) {
            return java.util.Objects.requireNonNull(dk.sambo.portal.shared.text.StoredText.clean(text));
        }
    }

    private void append(@Nullable Long actorId, String actor, String action, String objectType,
            @Nullable Object objectId, @Nullable String details, Collection<Long> subjects) {
        // Lock the chain head first: from here to the end of the transaction no other append can run.
        if (jdbc.update("update audit_chain_head set last_seq = last_seq + 1 where id = 1") != 1) {
            throw new IllegalStateException("audit_chain_head has no row: the audit trail's chain head is missing");
        }
        var head = jdbc.queryForMap("select last_seq, last_hash from audit_chain_head where id = 1");
        long seq = ((Number) head.get("last_seq")).longValue();
        var previous = (String) head.get("last_hash");
        var occurredAt = AuditChain.precision(clock.instant());
        var line = Line.of(actor, action, objectType, objectId, details);
        var hash = line.hash(seq, occurredAt, actorId, subjects, previous);
        events.save(new AuditEvent(occurredAt, actorId, line.actor(), line.action(), line.objectType(),
                line.objectId(), line.details(), subjects, seq, hash));
        jdbc.update("update audit_chain_head set last_hash = ? where id = 1", hash);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEvent> latest(int limit) {
        return events.findAllByOrderByIdDesc(PageRequest.of(0, limit));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEvent> forObject(String objectType, Object objectId, int limit) {
        return events.findByObjectTypeAndObjectIdOrderByIdDesc(objectType, objectId.toString(),
                PageRequest.of(0, limit));
    }

    /** One page of the events matching the filter, newest first (for a lazy grid). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEvent> search(AuditFilter filter, int offset, int limit) {
        var query = entityManager.createQuery("select e from AuditEvent e" + AuditQueries.where(filter)
                + " order by e.id desc", AuditEvent.class);
        AuditQueries.parameters(filter).forEach(query::setParameter);
        var page = query.setFirstResult(offset).setMaxResults(limit).getResultList();
        page.forEach(e -> e.getSubjectIds().size());
        return page;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        var query = entityManager.createQuery("select count(e) from AuditEvent e" + AuditQueries.where(filter),
                Long.class);
        AuditQueries.parameters(filter).forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The kinds of event the trail holds, for the filter. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> actions() {
        return entityManager.createQuery("select distinct e.action from AuditEvent e order by e.action",
                String.class).getResultList();
    }

    /**
     * Writes the matching events as CSV (UTF-8 with BOM, so spreadsheet programs read the Danish letters), newest
     * first, in batches of {@value #BATCH}: the export never holds the whole trail in memory. The export itself is
     * recorded first, with its filter and row count. Returns the number of rows written.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public long exportCsv(AuditFilter filter, OutputStream out) {
        long rows = readOnly.execute(status -> count(filter));
        writing.executeWithoutResult(status -> record("AUDIT_EXPORTED", "AuditTrail", null,
                filter.describe() + " rows=" + rows));
        return new AuditCsvExport(entityManager, readOnly, BATCH).write(filter, out);
    }

    /** The moment in UTC with seconds, e.g. "2026-11-23 08:15:30 UTC". */
    public static String utc(Instant moment) {
        return LOCAL.format(LocalDateTime.ofInstant(moment, ZoneId.of("UTC"))) + " UTC";
    }

    /** The moment in Copenhagen local time with seconds, e.g. "2026-11-23 09:15:30". */
    public static String copenhagen(Instant moment) {
        return LOCAL.format(LocalDateTime.ofInstant(moment, COPENHAGEN));
    }

    /**
     * Walks the whole chain in order and recomputes every hash: a changed row, a removed row (a gap in the
     * places), a row written around the chain and a head that does not match the last row are all reported. The
     * check itself is recorded in the trail, with the head it ended at.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AuditVerification verifyChain() {
        var result = readOnly.execute(status -> new AuditChainWalk(jdbc, entityManager, BATCH).walk());
        writing.executeWithoutResult(status -> record("AUDIT_CHAIN_VERIFIED", "AuditTrail", null, "checked="
                + result.checked() + " problems=" + result.problems().size() + " head=" + result.headSeq() + ":"
                + result.headHash()));
        return result;
    }

    private static @Nullable Long actorIdOf(@Nullable Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof Actor actor
                ? actor.personId() : null;
    }

    private static String actorNameOf(@Nullable Authentication authentication) {
        if (authentication == null) {
            return "system";
        }
        return authentication.getPrincipal() instanceof Actor actor ? actor.displayName() : authentication.getName();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
