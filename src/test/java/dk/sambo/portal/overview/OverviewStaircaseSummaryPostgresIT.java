package dk.sambo.portal.overview;

import dk.sambo.portal.persistence.PostgresTest;

/** {@link OverviewStaircaseSummaryChecks} on PostgreSQL, as production runs (ON CONFLICT upserts, date arithmetic). */
@PostgresTest
class OverviewStaircaseSummaryPostgresIT extends OverviewStaircaseSummaryChecks {
}
