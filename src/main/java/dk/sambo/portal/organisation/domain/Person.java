package dk.sambo.portal.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;
import dk.sambo.portal.organisation.KnowledgeTarget;

/**
 * A member of staff. Name, job title and work e-mail are personal data under the GDPR: the portal keeps no more
 * than these, and every change is audited. A local password exists only where local login is used.
 */
@Entity
@EntityListeners(GrantsOfTheRequest.class)
@Table(name = "person")
public class Person extends AbstractEntity {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.too-long}")
    @Column(nullable = false, length = 200)
    @NoPatientData private String name;

    @Size(max = 200, message = "{validation.too-long}")
    @Column(name = "job_title", length = 200)
    @NoPatientData private @Nullable String jobTitle;

    @Email(message = "{validation.email}")
    @Size(max = 320, message = "{validation.too-long}")
    @Column(unique = true, length = 320)
    private @Nullable String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private @Nullable Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "knowledge_target", nullable = false, length = 20)
    private KnowledgeTarget knowledgeTarget = KnowledgeTarget.OVERALL;

    @Column(nullable = false)
    private boolean active = true;

    @Column(unique = true, length = 100)
    private @Nullable String username;

    @Column(name = "password_hash", length = 100)
    private @Nullable String passwordHash;

    @Column(name = "preferred_language", nullable = false, length = 5)
    private String preferredLanguage = "da";

    protected Person() {
        this.name = "";
    }

    public Person(String name, @Nullable String jobTitle, @Nullable String email, @Nullable Unit unit,
            KnowledgeTarget knowledgeTarget) {
        this.name = name;
        this.jobTitle = jobTitle;
        this.email = email == null ? null : email.toLowerCase(java.util.Locale.ROOT);
        this.unit = unit;
        this.knowledgeTarget = knowledgeTarget;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(@Nullable String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email == null ? null : email.toLowerCase(java.util.Locale.ROOT);
    }

    public @Nullable Unit getUnit() {
        return unit;
    }

    public void setUnit(@Nullable Unit unit) {
        this.unit = unit;
    }

    public KnowledgeTarget getKnowledgeTarget() {
        return knowledgeTarget;
    }

    public void setKnowledgeTarget(KnowledgeTarget knowledgeTarget) {
        this.knowledgeTarget = knowledgeTarget;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public @Nullable String getUsername() {
        return username;
    }

    public @Nullable String getPasswordHash() {
        return passwordHash;
    }

    public void setLocalAccount(String username, String passwordHash) {
        this.username = username;
        this.passwordHash = passwordHash;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }
}
