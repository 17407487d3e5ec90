package dk.sambo.portal.e2e;

import java.util.List;

/** {@link DurabilityChecks} on the embedded default: the HSQLDB file database and Lucene index under ./data. */
class HsqldbDurabilityIT extends DurabilityChecks {

    @Override
    List<String> databaseArguments() {
        // Nothing: the default spring.datasource.url (./data/sambo in the portal's working folder) is under test.
        return List.of();
    }

    @Override
    void emptyDatabase() {
        // Every run starts in a new temporary folder.
    }
}
