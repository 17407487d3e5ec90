package dk.sambo.portal.training.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.organisation.PersonSummary;

/** A row of the organiser's participant list. {@code waitlistPosition} is 1-based, 0 when not waitlisted. */
public record Participant(long registrationId, PersonSummary person, RegistrationStatus status,
        int waitlistPosition, @Nullable AttendanceStatus attendance, Instant signedUpAt) {
}
