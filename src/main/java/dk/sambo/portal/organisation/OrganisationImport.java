package dk.sambo.portal.organisation;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.OrganisationFile.ImportRow;

/**
 * Loads units and people from the file HR and IT produce ({@link OrganisationFile}). {@link #preview} compares the
 * file with the database and says what would be added, changed, moved and deactivated, with every error per line;
 * {@link #apply} compares again (never trusting an old preview), refuses a file with errors, and stores the
 * changes in batches of {@value #BATCH}, each its own short transaction, so no giant transaction holds locks.
 * The same file twice changes nothing. A full import deactivates (never deletes) the active people of the file's
 * organisations who are missing from it; their sessions end and each deactivation is audited.
 *
 * <p>Units are matched by (organisation, unit code), people by e-mail. The file owns, for the people in it, their
 * name, job title, knowledge target, unit (with the STAFF role there) and the LINE_MANAGER role in that unit.
 */
@Service
public class OrganisationImport {

    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(OrganisationImport.class);

    private final ImportPlanner planner;
    private final ImportUnits unitSteps;
    private final ImportPeople peopleSteps;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final TransactionTemplate readTx;

    OrganisationImport(ImportPlanner planner, ImportUnits unitSteps, ImportPeople peopleSteps, AuditLog audit,
            PlatformTransactionManager transactions) {
        this.planner = planner;
        this.unitSteps = unitSteps;
        this.peopleSteps = peopleSteps;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.readTx = new TransactionTemplate(transactions);
        this.readTx.setReadOnly(true);
    }

    /** What the file would change; stores nothing. {@code full}: people missing from it would be deactivated. */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportPreview preview(List<ImportRow> rows, boolean full) {
        return readTx.execute(status -> planner.plan(rows, full)).preview();
    }

    /** Stores what {@link #preview} shows; refuses a file with errors (nothing is stored then). */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportPreview apply(List<ImportRow> rows, boolean full) {
        var plan = readTx.execute(status -> planner.plan(rows, full));
        var preview = plan.preview();
        if (preview.hasErrors()) {
            throw new ImportRefused(preview);
        }
        long started = System.nanoTime();
        var unitIds = unitSteps.addUnits(plan);
        unitSteps.changeUnits(plan, unitIds);
        long unitsDone = System.nanoTime();
        peopleSteps.changePeople(plan, unitIds);
        long peopleDone = System.nanoTime();
        peopleSteps.deactivate(plan);
        tx.executeWithoutResult(status -> audit.record("ORGANISATION_IMPORTED", "Organisation", null,
                (full ? "full " : "partial ") + preview.counts()));
        long done = System.nanoTime();
        LOG.info("Organisation import: {} rows, {} in {} ms (units {} ms, people {} ms, deactivations {} ms)",
                rows.size(), preview.counts(), (done - started) / 1_000_000, (unitsDone - started) / 1_000_000,
                (peopleDone - unitsDone) / 1_000_000, (done - peopleDone) / 1_000_000);
        return preview;
    }

    /** Thrown by {@link #apply} for a file with errors; nothing was stored. */
    public static class ImportRefused extends RuntimeException {
        private final ImportPreview preview;

        ImportRefused(ImportPreview preview) {
            super(preview.errors().size() + " errors in the organisation file");
            this.preview = preview;
        }

        public ImportPreview preview() {
            return preview;
        }
    }
}

