package dk.sambo.portal.qa.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One person found one answer useful. */
@Entity
@Table(name = "answer_useful")
public class UsefulMark {

    @EmbeddedId
    private Key key = new Key();

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt = Instant.EPOCH;

    protected UsefulMark() {
    }

    public UsefulMark(long answerId, long personId, Instant markedAt) {
        this.key = new Key(answerId, personId);
        this.markedAt = markedAt;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "answer_id")
        private long answerId;

        @Column(name = "person_id")
        private long personId;

        protected Key() {
        }

        public Key(long answerId, long personId) {
            this.answerId = answerId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.answerId == answerId && k.personId == personId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(answerId, personId);
        }
    }
}
