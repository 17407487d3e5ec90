package dk.sambo.portal.organisation;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs an import step in batches of {@value OrganisationImport#BATCH}, each its own short transaction. */
@Component
class ImportBatches {

    private final TransactionTemplate tx;

    ImportBatches(PlatformTransactionManager transactions) {
        this.tx = new TransactionTemplate(transactions);
    }

    <T> void inBatches(List<T> items, Consumer<List<T>> work) {
        for (int from = 0; from < items.size(); from += OrganisationImport.BATCH) {
            var batch = items.subList(from, Math.min(items.size(), from + OrganisationImport.BATCH));
            tx.executeWithoutResult(status -> work.accept(batch));
        }
    }
}
