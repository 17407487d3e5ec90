package dk.sambo.portal.overview;

import dk.sambo.portal.PortalTest;

/** {@link OverviewStaircaseSummaryChecks} on the embedded HSQLDB. */
@PortalTest
class OverviewStaircaseSummaryTest extends OverviewStaircaseSummaryChecks {
}
