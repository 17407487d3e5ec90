package dk.sambo.portal.organisation.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.AbstractEntity;

/**
 * A person appointed culture bearer ("kulturbærer") by their leader, for a period, covering some units and
 * optionally some topics. No topics means all topics.
 */
@Entity
@Table(name = "culture_bearer_appointment")
public class CultureBearerAppointment extends AbstractEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToMany
    @JoinTable(name = "culture_bearer_unit", joinColumns = @JoinColumn(name = "appointment_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<Unit> units = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "culture_bearer_topic", joinColumns = @JoinColumn(name = "appointment_id"))
    @Column(name = "topic_code", length = 40)
    private Set<String> topicCodes = new HashSet<>();

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private @Nullable LocalDate validTo;

    @Column(name = "appointed_by")
    private @Nullable Long appointedBy;

    protected CultureBearerAppointment() {
        this.person = null;
        this.validFrom = LocalDate.EPOCH;
    }

    public CultureBearerAppointment(Person person, Set<Unit> units, Set<String> topicCodes, LocalDate validFrom,
            @Nullable LocalDate validTo, @Nullable Long appointedBy) {
        if (units.isEmpty()) {
            throw new IllegalArgumentException("An appointment covers at least one unit");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("An appointment cannot end before it starts");
        }
        this.person = person;
        this.units = new HashSet<>(units);
        this.topicCodes = new HashSet<>(topicCodes);
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.appointedBy = appointedBy;
    }

    public Person getPerson() {
        return person;
    }

    public Set<Unit> getUnits() {
        return units;
    }

    public Set<String> getTopicCodes() {
        return topicCodes;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public @Nullable LocalDate getValidTo() {
        return validTo;
    }

    public boolean isActiveOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /** Overlapping periods, for the "no duplicate appointment" rule. */
    public boolean overlaps(LocalDate from, @Nullable LocalDate to) {
        var thisEnd = validTo == null ? LocalDate.MAX : validTo;
        var otherEnd = to == null ? LocalDate.MAX : to;
        return !validFrom.isAfter(otherEnd) && !from.isAfter(thisEnd);
    }

    public void endOn(LocalDate day) {
        this.validTo = day.isBefore(validFrom) ? validFrom : day;
    }
}
