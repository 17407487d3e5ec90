package dk.sambo.portal.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail as CSV for {@link AuditLog#exportCsv}: UTF-8 with BOM, newest first, read in batches (each in a
 * read-only transaction of its own, the persistence context cleared after it), so the export never holds the whole
 * trail in memory. Split from {@link AuditLog} by use case (issue 16).
 */
final class AuditCsvExport {

    /** The export's columns: machine-readable names, the same in every language. */
    private static final String[] CSV_COLUMNS = {"chain_seq", "id", "occurred_utc", "occurred_copenhagen",
        "actor_id", "actor", "action", "object_type", "object_id", "details", "subject_person_ids", "hash"};

    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;
    private final int batchSize;

    AuditCsvExport(EntityManager entityManager, TransactionTemplate readOnly, int batchSize) {
        this.entityManager = entityManager;
        this.readOnly = readOnly;
        this.batchSize = batchSize;
    }

    /** Writes the matching events; returns the number of rows written. */
    long write(AuditFilter filter, OutputStream out) {
        try {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            var csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(CSV_COLUMNS)
                    .get());
            long written = 0;
            Long before = null;
            while (true) {
                var batch = batchBefore(filter, before);
                for (var e : batch) {
                    csv.printRecord(e.getChainSeq(), e.getId(), AuditLog.utc(e.getOccurredAt()),
                            AuditLog.copenhagen(e.getOccurredAt()), e.getActorId(), e.getActor(), e.getAction(),
                            e.getObjectType(), e.getObjectId(), e.getDetails(), e.getSubjectIds().stream()
                                    .sorted().map(String::valueOf).collect(Collectors.joining(" ")), e.getHash());
                    written++;
                }
                csv.flush();
                if (batch.size() < batchSize) {
                    return written;
                }
                before = batch.getLast().getId();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<AuditEvent> batchBefore(AuditFilter filter, @Nullable Long before) {
        return readOnly.execute(status -> {
            var where = AuditQueries.where(filter);
            var query = entityManager.createQuery("select e from AuditEvent e" + where
                    + (before == null ? "" : (where.isEmpty() ? " where" : " and") + " e.id < :before")
                    + " order by e.id desc", AuditEvent.class);
            AuditQueries.parameters(filter).forEach(query::setParameter);
            if (before != null) {
                query.setParameter("before", before);
            }
            var batch = query.setMaxResults(batchSize).getResultList();
            batch.forEach(e -> e.getSubjectIds().size());
            entityManager.clear();
            return batch;
        });
    }
}
