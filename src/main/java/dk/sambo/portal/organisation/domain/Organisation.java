package dk.sambo.portal.organisation.domain;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;
import dk.sambo.portal.organisation.OrganisationKind;
import dk.sambo.portal.organisation.Sector;

/**
 * A hospital, the psychiatry, a municipality or general practice. Most serve one cluster; psychiatry and general
 * practice serve all four, which is why the link is many-to-many. Their units may name the one cluster they
 * belong to locally.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 60)
    private String code = "";

    @Column(nullable = false, length = 200)
    @NoPatientData private String name = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationKind kind = OrganisationKind.MUNICIPALITY;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Sector sector = Sector.KOMMUNE;

    // At most four rows, and callers outside a transaction ask for them: load them with the organisation.
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "organisation_cluster", joinColumns = @JoinColumn(name = "organisation_id"),
            inverseJoinColumns = @JoinColumn(name = "cluster_id"))
    private Set<Cluster> clusters = new HashSet<>();

    protected Organisation() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public Sector getSector() {
        return sector;
    }

    public Set<Cluster> getClusters() {
        return clusters;
    }

    /** True for organisations such as psychiatry and general practice that serve several clusters. */
    public boolean isCrossCluster() {
        return clusters.size() > 1;
    }
}
