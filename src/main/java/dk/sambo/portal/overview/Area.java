package dk.sambo.portal.overview;

import org.springframework.lang.Nullable;

/**
 * A node of the drill-down: the region, a cluster, an organisation (optionally only its part in one cluster, as
 * when reached from a cluster: psychiatry and general practice serve all four) or a unit with the units below.
 */
public record Area(Level level, @Nullable Long clusterId, @Nullable Long organisationId, @Nullable Long unitId) {

    public enum Level {
        REGION, CLUSTER, ORGANISATION, UNIT
    }

    public static Area region() {
        return new Area(Level.REGION, null, null, null);
    }

    public static Area cluster(long clusterId) {
        return new Area(Level.CLUSTER, clusterId, null, null);
    }

    public static Area organisation(long organisationId, @Nullable Long withinCluster) {
        return new Area(Level.ORGANISATION, withinCluster, organisationId, null);
    }

    public static Area unit(long unitId) {
        return new Area(Level.UNIT, null, null, unitId);
    }

    /** The level of this node's breakdown rows, or null for a unit without children (still UNIT). */
    public Level childLevel() {
        return switch (level) {
            case REGION -> Level.CLUSTER;
            case CLUSTER -> Level.ORGANISATION;
            case ORGANISATION, UNIT -> Level.UNIT;
        };
    }

    /** The node a breakdown row with this key stands for. */
    public Area child(long key) {
        return switch (level) {
            case REGION -> cluster(key);
            case CLUSTER -> organisation(key, clusterId);
            case ORGANISATION, UNIT -> unit(key);
        };
    }

    /** A short, URL-safe form: r, c12, o5, o5c12, u33. */
    public String token() {
        return switch (level) {
            case REGION -> "r";
            case CLUSTER -> "c" + clusterId;
            case ORGANISATION -> "o" + organisationId + (clusterId == null ? "" : "c" + clusterId);
            case UNIT -> "u" + unitId;
        };
    }

    public static Area parse(String token) {
        if (token.equals("r")) {
            return region();
        }
        char kind = token.charAt(0);
        var rest = token.substring(1);
        return switch (kind) {
            case 'c' -> cluster(Long.parseLong(rest));
            case 'u' -> unit(Long.parseLong(rest));
            case 'o' -> {
                int c = rest.indexOf('c');
                yield c < 0 ? organisation(Long.parseLong(rest), null)
                        : organisation(Long.parseLong(rest.substring(0, c)), Long.parseLong(rest.substring(c + 1)));
            }
            default -> throw new IllegalArgumentException("Not an area: " + token);
        };
    }
}
