package dk.sambo.portal.persistence;

/** {@link PersistenceChecks} on a real PostgreSQL, as production runs. */
@PostgresTest
class PostgresPersistenceIT extends PersistenceChecks {

    @Override
    String databaseProduct() {
        return "PostgreSQL";
    }

    @Override
    String vendorFolder() {
        return "postgresql";
    }
}
