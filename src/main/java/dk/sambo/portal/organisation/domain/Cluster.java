package dk.sambo.portal.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;

/**
 * A health cluster ("sundhedsklynge"). Clusters are data, not code: the 2027 reform replaces them with health
 * councils, which becomes new rows with another {@code kind}.
 */
@Entity
@Table(name = "health_cluster")
public class Cluster extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 40)
    private String code = "";

    @Column(nullable = false, length = 120)
    @NoPatientData private String name = "";

    @Column(nullable = false, length = 30)
    private String kind = "HEALTH_CLUSTER";

    @Column(nullable = false)
    private boolean active = true;

    protected Cluster() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public boolean isActive() {
        return active;
    }
}
