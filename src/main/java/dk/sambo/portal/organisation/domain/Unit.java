package dk.sambo.portal.organisation.domain;

import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;

/**
 * A department, ward, home-care district or clinic. Units form a tree inside their organisation; {@code path}
 * holds the ids from the root down ("/3/17/"), so "this unit and everything below it" is one LIKE in SQL.
 */
@Entity
@Table(name = "org_unit")
public class Unit extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private @Nullable Unit parent;

    /** Set where the organisation serves several clusters and this unit belongs to one of them. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cluster_id")
    private @Nullable Cluster cluster;

    @Column(nullable = false, length = 200)
    @NoPatientData private String name;

    @Column(nullable = false, length = 400)
    private String path = "/";

    /** The stable code HR files and SCIM name the unit by; unique within its organisation. */
    @Column(length = 60)
    private @Nullable String code;

    /** The day the unit closed; it keeps its rows so past figures stay with it. */
    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;

    protected Unit() {
        this.organisation = null;
        this.name = "";
    }

    public Unit(Organisation organisation, @Nullable Unit parent, @Nullable Cluster cluster, String name) {
        this.organisation = organisation;
        this.parent = parent;
        this.cluster = cluster;
        this.name = name;
    }

    /** Called once the id is known. */
    public void assignPath() {
        this.path = (parent == null ? "/" : parent.getPath()) + id() + "/";
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public @Nullable Unit getParent() {
        return parent;
    }

    public @Nullable Cluster getCluster() {
        return cluster;
    }

    public String getName() {
        return name;
    }

    public String getPath() {
        return path;
    }

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }

    public @Nullable LocalDate getClosedOn() {
        return closedOn;
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void setCluster(@Nullable Cluster cluster) {
        this.cluster = cluster;
    }

    public void close(LocalDate on) {
        this.closedOn = on;
    }

    public void reopen() {
        this.closedOn = null;
    }

    /** Moves the unit under another parent (null: to the top); the caller re-paths the subtree. */
    public void moveUnder(@Nullable Unit newParent) {
        this.parent = newParent;
    }

    /** After a move: this unit's path from its parent's, for a subtree walked top down. */
    public void repath() {
        assignPath();
    }

    /**
     * The cluster this unit works in, as a set of at most one: its own where set, else the nearest ancestor's,
     * else its organisation's only cluster. A unit of a cross-cluster organisation (psychiatry, general practice)
     * with no cluster on itself or any unit above it belongs to no single cluster, so no cluster's levels cover
     * it (only the organisation's and the region's); it never counts in every cluster its organisation serves.
     */
    public Set<Cluster> effectiveClusters() {
        // Getters, not fields: the parents are lazy proxies whose fields stay empty.
        for (Unit u = this; u != null; u = u.getParent()) {
            var own = u.getCluster();
            if (own != null) {
                return Set.of(own);
            }
        }
        var clusters = getOrganisation().getClusters();
        return clusters.size() == 1 ? Set.copyOf(clusters) : Set.of();
    }

    /** True if this unit is {@code other} or lies below it. */
    public boolean isWithin(Unit other) {
        return path.startsWith(other.getPath());
    }
}
