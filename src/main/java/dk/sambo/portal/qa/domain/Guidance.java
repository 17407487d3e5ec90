package dk.sambo.portal.qa.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;

/**
 * Agreed guidance ("fælles vejledning"): a resolved question turned into a shared answer by the strategic level,
 * with the organisations it was agreed with and a date by which it must be reviewed.
 */
@Entity
@Table(name = "guidance")
public class Guidance extends AbstractEntity {

    @Column(name = "question_id", nullable = false, unique = true)
    private long questionId;

    @Column(nullable = false, length = 200)
    @NoPatientData private String title = "";

    @Column(nullable = false, length = 10000)
    @NoPatientData private String body = "";

    @Column(name = "topic_code", nullable = false, length = 40)
    private String topicCode = "";

    @Column(name = "cluster_id")
    private @Nullable Long clusterId;

    @Column(name = "review_date", nullable = false)
    private LocalDate reviewDate = LocalDate.EPOCH;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "guidance_organisation", joinColumns = @JoinColumn(name = "guidance_id"))
    @Column(name = "organisation_id")
    private Set<Long> organisationIds = new HashSet<>();

    @Column(name = "promoted_by", nullable = false)
    private long promotedBy;

    @Column(name = "promoted_at", nullable = false)
    private Instant promotedAt = Instant.EPOCH;

    @Column(name = "updated_at")
    private @Nullable Instant updatedAt;

    @Column(name = "review_flagged_at")
    private @Nullable Instant reviewFlaggedAt;

    @Column(nullable = false)
    private boolean withdrawn;

    protected Guidance() {
    }

    public Guidance(long questionId, String title, String body, String topicCode, @Nullable Long clusterId,
            LocalDate reviewDate, Set<Long> organisationIds, long promotedBy, Instant promotedAt) {
        this.questionId = questionId;
        this.title = title;
        this.body = body;
        this.topicCode = topicCode;
        this.clusterId = clusterId;
        this.reviewDate = reviewDate;
        this.organisationIds = new HashSet<>(organisationIds);
        this.promotedBy = promotedBy;
        this.promotedAt = promotedAt;
    }

    public void edit(String title, String body, String topicCode, LocalDate reviewDate, Set<Long> organisationIds,
            Instant at) {
        this.title = title;
        this.body = body;
        this.topicCode = topicCode;
        if (!reviewDate.equals(this.reviewDate)) {
            this.reviewFlaggedAt = null;
        }
        this.reviewDate = reviewDate;
        this.organisationIds.clear();
        this.organisationIds.addAll(organisationIds);
        this.updatedAt = at;
    }

    public void flagForReview(Instant at) {
        this.reviewFlaggedAt = at;
    }

    public void withdraw(Instant at) {
        this.withdrawn = true;
        this.updatedAt = at;
    }

    public void redact(Instant at) {
        this.title = "";
        this.body = "";
        this.updatedAt = at;
    }

    public long getQuestionId() {
        return questionId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getTopicCode() {
        return topicCode;
    }

    public @Nullable Long getClusterId() {
        return clusterId;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public Set<Long> getOrganisationIds() {
        return organisationIds;
    }

    public long getPromotedBy() {
        return promotedBy;
    }

    public Instant getPromotedAt() {
        return promotedAt;
    }

    public @Nullable Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable Instant getReviewFlaggedAt() {
        return reviewFlaggedAt;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }
}
