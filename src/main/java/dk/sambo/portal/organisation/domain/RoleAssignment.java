package dk.sambo.portal.organisation.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.organisation.Grant;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.organisation.ScopeType;

/** A role held by a person within a scope. The scope id points at a unit, organisation or cluster; null for REGION. */
@Entity
@EntityListeners(GrantsOfTheRequest.class)
@Table(name = "role_assignment")
public class RoleAssignment extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_type", nullable = false, length = 20)
    private ScopeType scopeType;

    @Column(name = "scope_id")
    private @Nullable Long scopeId;

    @Column(name = "granted_by")
    private @Nullable Long grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    /**
     * Given by a culture-bearer appointment rather than by an administrator: the register takes it away again when
     * no appointment of the person still covers the unit ({@link CultureBearerRegister}).
     */
    @Column(name = "from_appointment", nullable = false)
    private boolean fromAppointment;

    protected RoleAssignment() {
        this.person = null;
        this.role = Role.STAFF;
        this.scopeType = ScopeType.UNIT;
        this.grantedAt = Instant.EPOCH;
    }

    public RoleAssignment(Person person, Role role, ScopeType scopeType, @Nullable Long scopeId, @Nullable Long grantedBy,
            Instant grantedAt) {
        if (!role.allowedScopes().contains(scopeType)) {
            throw new IllegalArgumentException(role + " cannot have scope " + scopeType);
        }
        if ((scopeType == ScopeType.REGION) != (scopeId == null)) {
            throw new IllegalArgumentException("Scope id must be given for " + scopeType + " scope only");
        }
        this.person = person;
        this.role = role;
        this.scopeType = scopeType;
        this.scopeId = scopeId;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public Person getPerson() {
        return person;
    }

    public Role getRole() {
        return role;
    }

    public ScopeType getScopeType() {
        return scopeType;
    }

    public @Nullable Long getScopeId() {
        return scopeId;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }

    public boolean isFromAppointment() {
        return fromAppointment;
    }

    public void markFromAppointment() {
        this.fromAppointment = true;
    }

    public Grant toGrant() {
        return new Grant(role, scopeType, scopeId);
    }
}
