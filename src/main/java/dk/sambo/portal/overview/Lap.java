package dk.sambo.portal.overview;

/** Times each statement at debug level ("logging.level.dk.sambo.portal.overview=debug"), for tuning. */
final class Lap {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OverviewQueries.class);
    private final Area area;
    private long start = System.nanoTime();

    Lap(Area area) {
        this.area = area;
    }

    void mark(String statement) {
        long now = System.nanoTime();
        LOG.debug("{} {}: {} ms", area.token(), statement, (now - start) / 1_000_000);
        start = now;
    }
}
