package dk.sambo.portal.qa.search.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;

/**
 * One group of the search's synonym list: words or phrases that mean the same ("udskrivning, udskrivelse",
 * "Fælles Medicinkort, FMK"), kept as they were typed, comma-separated.
 */
@Entity
@Table(name = "qa_search_synonym")
public class SearchSynonym extends AbstractEntity {

    @Column(nullable = false, length = 300)
    @NoPatientData private String terms = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "updated_by")
    private @Nullable Long updatedBy;

    protected SearchSynonym() {
    }

    public SearchSynonym(String terms, Instant updatedAt, @Nullable Long updatedBy) {
        change(terms, updatedAt, updatedBy);
    }

    public void change(String terms, Instant updatedAt, @Nullable Long updatedBy) {
        this.terms = terms;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public String getTerms() {
        return terms;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable Long getUpdatedBy() {
        return updatedBy;
    }
}
