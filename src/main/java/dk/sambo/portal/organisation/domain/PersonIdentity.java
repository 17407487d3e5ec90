package dk.sambo.portal.organisation.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.sambo.portal.shared.AbstractEntity;

/** A person's account at an organisation's identity provider: the (issuer, subject) pair an OIDC login carries. */
@Entity
@Table(name = "person_identity")
public class PersonIdentity extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false, length = 500)
    private String issuer;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected PersonIdentity() {
        this.person = null;
        this.issuer = "";
        this.subject = "";
        this.linkedAt = Instant.EPOCH;
    }

    public PersonIdentity(Person person, String issuer, String subject, Instant linkedAt) {
        this.person = person;
        this.issuer = issuer;
        this.subject = subject;
        this.linkedAt = linkedAt;
    }

    public Person getPerson() {
        return person;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getSubject() {
        return subject;
    }
}
