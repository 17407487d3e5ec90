package dk.sambo.portal.qa.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

import dk.sambo.portal.organisation.Sector;
import dk.sambo.portal.qa.search.SearchAnalysis;
import dk.sambo.portal.shared.AbstractEntity;
import dk.sambo.portal.shared.privacy.NoPatientData;

/**
 * A doubt question. Where it was asked from (unit, organisation, cluster, sector) is copied at asking time, so
 * routing, scoping and the overview stay true when the asker later moves. Indexed for Danish full-text search
 * over title, body, visible answers and tags; the index follows every change through Hibernate Search. Long
 * because it is the aggregate of the flow (about 500 lines): its columns, its search mapping and every state
 * change (answered, accepted, reopened, escalated, hidden, redacted, lifted, decided) guarded in one place; a
 * state machine outside the entity would need setters for every guarded field, which is what the guards prevent.
 */
@Entity
@Table(name = "question")
@Indexed(index = "question")
public class Question extends AbstractEntity {

    @FullTextField(analyzer = SearchAnalysis.DANISH, highlightable = Highlightable.FAST_VECTOR,
            termVector = TermVector.WITH_POSITIONS_OFFSETS,
            projectable = Projectable.YES)
    @Column(nullable = false, length = 200)
    @NoPatientData private String title = "";

    @FullTextField(analyzer = SearchAnalysis.DANISH, highlightable = Highlightable.FAST_VECTOR,
            termVector = TermVector.WITH_POSITIONS_OFFSETS,
            projectable = Projectable.YES)
    @Column(nullable = false, length = 10000)
    @NoPatientData private String body = "";

    @KeywordField
    @Column(name = "topic_code", nullable = false, length = 40)
    private String topicCode = "";

    @ElementCollection
    @CollectionTable(name = "question_tag", joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "tag", length = 40)
    @BatchSize(size = 100)
    @KeywordField(name = "tag")
    @FullTextField(name = "tagText", analyzer = SearchAnalysis.DANISH)
    private Set<@NoPatientData String> tags = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "concerns_sector", length = 20)
    private @Nullable Sector concernsSector;

    @Column(name = "concerns_organisation_id")
    private @Nullable Long concernsOrganisationId;

    @GenericField
    @Column(name = "asker_id", nullable = false)
    private long askerId;

    @Column(name = "unit_id")
    private @Nullable Long unitId;

    @Column(name = "unit_path", length = 400)
    private @Nullable String unitPath;

    @Column(name = "organisation_id")
    private @Nullable Long organisationId;

    @GenericField
    @Column(name = "cluster_id")
    private @Nullable Long clusterId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable Sector sector;

    @KeywordField
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @OptimisticLock(excluded = true)
    private QuestionStatus status = QuestionStatus.OPEN;

    @GenericField(sortable = Sortable.YES)
    @Column(name = "asked_at", nullable = false)
    private Instant askedAt = Instant.EPOCH;

    @GenericField
    @Column(name = "due_at", nullable = false)
    @OptimisticLock(excluded = true)
    private Instant dueAt = Instant.EPOCH;

    @Column(name = "first_answered_at")
    @OptimisticLock(excluded = true)
    private @Nullable Instant firstAnsweredAt;

    @Column(name = "escalated_at")
    @OptimisticLock(excluded = true)
    private @Nullable Instant escalatedAt;

    @Column(name = "resolved_at")
    @OptimisticLock(excluded = true)
    private @Nullable Instant resolvedAt;

    @GenericField(sortable = Sortable.YES)
    @Column(name = "last_activity_at", nullable = false)
    @OptimisticLock(excluded = true)
    private Instant lastActivityAt = Instant.EPOCH;

    @Column(name = "edited_at")
    private @Nullable Instant editedAt;

    @Column(name = "answer_count", nullable = false)
    @OptimisticLock(excluded = true)
    private int answerCount;

    @Column(name = "accepted_answer_id")
    @OptimisticLock(excluded = true)
    private @Nullable Long acceptedAnswerId;







    @Embedded
    @OptimisticLock(excluded = true)
    private Moderated moderation = new Moderated();

    @Column(name = "general_raised_at")
    @OptimisticLock(excluded = true)
    private @Nullable Instant generalRaisedAt;

    @Column(name = "general_raised_by")
    @OptimisticLock(excluded = true)
    private @Nullable Long generalRaisedBy;

    @Column(name = "general_reason", length = 2000)
    @OptimisticLock(excluded = true)
    @NoPatientData private @Nullable String generalReason;

    @Column(length = 4000)
    @NoPatientData private @Nullable String decision;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @OneToMany(mappedBy = "question")
    @OrderBy("createdAt, id")
    @BatchSize(size = 100)
    @OptimisticLock(excluded = true)
    private List<Answer> answers = new ArrayList<>();

    protected Question() {
    }

    public Question(String title, String body, String topicCode, Set<String> tags, @Nullable Sector concernsSector,
            @Nullable Long concernsOrganisationId, long askerId, @Nullable Long unitId, @Nullable String unitPath,
            @Nullable Long organisationId, @Nullable Long clusterId, @Nullable Sector sector, Instant askedAt,
            Instant dueAt) {
        this.title = title;
        this.body = body;
        this.topicCode = topicCode;
        this.tags = new LinkedHashSet<>(tags);
        this.concernsSector = concernsSector;
        this.concernsOrganisationId = concernsOrganisationId;
        this.askerId = askerId;
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.organisationId = organisationId;
        this.clusterId = clusterId;
        this.sector = sector;
        this.askedAt = askedAt;
        this.dueAt = dueAt;
        this.lastActivityAt = askedAt;
    }

    // --- derived index fields -------------------------------------------------------------------------------

    /** The text of every answer people can see, so a search finds a question by what was answered. */
    @Transient
    @FullTextField(name = "answers", analyzer = SearchAnalysis.DANISH, highlightable = Highlightable.FAST_VECTOR,
            termVector = TermVector.WITH_POSITIONS_OFFSETS,
            projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = {
            @ObjectPath({@PropertyValue(propertyName = "answers"), @PropertyValue(propertyName = "body")}),
            @ObjectPath({@PropertyValue(propertyName = "answers"), @PropertyValue(propertyName = "moderation")})})
    public List<String> getVisibleAnswerTexts() {
        return answers.stream().filter(a -> !a.isHidden() && !a.isRedacted()).map(Answer::getBody).toList();
    }

    /** The asker's sector and the sector the question concerns: a sector filter finds both. */
    @Transient
    @KeywordField(name = "sectors")
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "sector")),
            @ObjectPath(@PropertyValue(propertyName = "concernsSector"))})
    public Set<String> getSectorNames() {
        var names = new LinkedHashSet<String>();
        if (sector != null) {
            names.add(sector.name());
        }
        if (concernsSector != null) {
            names.add(concernsSector.name());
        }
        return names;
    }

    /** The asker's organisation and the organisation the question concerns. */
    @Transient
    @GenericField(name = "organisations")
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "organisationId")),
            @ObjectPath(@PropertyValue(propertyName = "concernsOrganisationId"))})
    public Set<Long> getOrganisationIds() {
        var ids = new LinkedHashSet<Long>();
        if (organisationId != null) {
            ids.add(organisationId);
        }
        if (concernsOrganisationId != null) {
            ids.add(concernsOrganisationId);
        }
        return ids;
    }

    // --- state changes (the service checks who may do them) -------------------------------------------------

    public void edit(String title, String body, String topicCode, Set<String> tags, @Nullable Sector concernsSector,
            @Nullable Long concernsOrganisationId, Instant at) {
        this.title = title;
        this.body = body;
        this.topicCode = topicCode;
        this.tags.clear();
        this.tags.addAll(tags);
        this.concernsSector = concernsSector;
        this.concernsOrganisationId = concernsOrganisationId;
        this.editedAt = at;
        this.lastActivityAt = at;
        moderation.textReplaced();
    }

    public void addAnswer(Answer answer) {
        answers.add(answer);
        answerCount++;
        lastActivityAt = answer.getCreatedAt();
        if (firstAnsweredAt == null) {
            firstAnsweredAt = answer.getCreatedAt();
        }
    }

    public void recountAnswers() {
        answerCount = (int) answers.stream().filter(a -> !a.isHidden()).count();
    }

    public void setStatus(QuestionStatus status, Instant at) {
        this.status = status;
        this.resolvedAt = status == QuestionStatus.RESOLVED ? at : null;
    }

    public void accept(@Nullable Long answerId) {
        this.acceptedAnswerId = answerId;
    }

    public void reopen(Instant at, Instant newDueAt) {
        this.acceptedAnswerId = null;
        this.dueAt = newDueAt;
        this.escalatedAt = null;
        this.lastActivityAt = at;
    }

    public void escalate(Instant at) {
        this.escalatedAt = at;
    }

    public void touch(Instant at) {
        this.lastActivityAt = at;
    }

    public void hide(String reason, long by, Instant at) {
        moderation.hide(reason, by, at);
    }

    public void unhide() {
        moderation.unhide();
    }

    public void redact(long by, Instant at) {
        this.title = "";
        this.body = "";
        this.tags.clear();
        moderation.redacted(by, at);
    }

    public void raiseGeneral(String reason, long by, Instant at) {
        this.generalRaisedAt = at;
        this.generalRaisedBy = by;
        this.generalReason = reason;
        this.lastActivityAt = at;
    }

    public void decide(String decision, long by, Instant at) {
        this.decision = decision;
        this.decidedBy = by;
        this.decidedAt = at;
        this.lastActivityAt = at;
    }

    public void redactGeneralTexts() {
        if (generalReason != null) {
            generalReason = "";
        }
        if (decision != null) {
            decision = "";
        }
    }

    // --- reading ---------------------------------------------------------------------------------------------

    public boolean isOverdue(Instant now) {
        return status == QuestionStatus.OPEN && dueAt.isBefore(now);
    }

    public boolean isRedacted() {
        return moderation.isRedacted();
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

    public Set<String> getTags() {
        return tags;
    }

    public @Nullable Sector getConcernsSector() {
        return concernsSector;
    }

    public @Nullable Long getConcernsOrganisationId() {
        return concernsOrganisationId;
    }

    public long getAskerId() {
        return askerId;
    }

    public @Nullable Long getUnitId() {
        return unitId;
    }

    public @Nullable String getUnitPath() {
        return unitPath;
    }

    public @Nullable Long getOrganisationId() {
        return organisationId;
    }

    public @Nullable Long getClusterId() {
        return clusterId;
    }

    public @Nullable Sector getSector() {
        return sector;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public @Nullable Instant getFirstAnsweredAt() {
        return firstAnsweredAt;
    }

    public @Nullable Instant getEscalatedAt() {
        return escalatedAt;
    }

    public @Nullable Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public @Nullable Instant getEditedAt() {
        return editedAt;
    }

    public int getAnswerCount() {
        return answerCount;
    }

    public @Nullable Long getAcceptedAnswerId() {
        return acceptedAnswerId;
    }

    /**
     * What the search index must agree with the database on: {@link SearchIndexMaintenance} compares it at start
     * and reindexes the questions whose stamp differs (or that are missing), so an index update lost in a crash
     * is made good by itself.
     */
    @Transient
    @KeywordField(name = "stamp", projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "version")),
            @ObjectPath(@PropertyValue(propertyName = "status")),
            @ObjectPath(@PropertyValue(propertyName = "lastActivityAt")),
            @ObjectPath(@PropertyValue(propertyName = "answerCount")),
            @ObjectPath(@PropertyValue(propertyName = "moderation"))})
    public String getIndexStamp() {
        return indexStamp(getVersion(), status, lastActivityAt, answerCount, moderation.isHidden());
    }

    public static String indexStamp(long version, QuestionStatus status, Instant lastActivityAt, int answerCount,
            boolean hidden) {
        return version + "/" + status + "/" + lastActivityAt.toEpochMilli() + "/" + answerCount + "/" + hidden;
    }

    /** Indexed, so that searches leave hidden questions out for everyone but moderators and the asker. */
    @GenericField(name = "hidden")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "moderation")))
    public boolean isHidden() {
        return moderation.isHidden();
    }

    public @Nullable String getHiddenReason() {
        return moderation.hiddenReason();
    }

    public @Nullable Instant getGeneralRaisedAt() {
        return generalRaisedAt;
    }

    public @Nullable Long getGeneralRaisedBy() {
        return generalRaisedBy;
    }

    public @Nullable String getGeneralReason() {
        return generalReason;
    }

    public @Nullable String getDecision() {
        return decision;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public @Nullable Long getDecidedBy() {
        return decidedBy;
    }

    public List<Answer> getAnswers() {
        return answers;
    }
}
