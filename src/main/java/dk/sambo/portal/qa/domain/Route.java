package dk.sambo.portal.qa.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A question was routed to a culture bearer's queue when it was asked. */
@Entity
@Table(name = "question_route")
public class Route {

    @EmbeddedId
    private Key key = new Key();

    @Column(name = "routed_at", nullable = false)
    private Instant routedAt = Instant.EPOCH;

    protected Route() {
    }

    public Route(long questionId, long personId, Instant routedAt) {
        this.key = new Key(questionId, personId);
        this.routedAt = routedAt;
    }

    public long personId() {
        return key.personId;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "question_id")
        private long questionId;

        @Column(name = "person_id")
        private long personId;

        protected Key() {
        }

        public Key(long questionId, long personId) {
            this.questionId = questionId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.questionId == questionId && k.personId == personId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(questionId, personId);
        }
    }
}
