package dk.sambo.portal.persistence;

import dk.sambo.portal.PortalTest;

/** {@link PersistenceChecks} on the embedded HSQLDB, the default database (and the one every other test uses). */
@PortalTest
class HsqldbPersistenceTest extends PersistenceChecks {

    @Override
    String databaseProduct() {
        return "HSQL Database Engine";
    }

    @Override
    String vendorFolder() {
        return "hsqldb";
    }
}
