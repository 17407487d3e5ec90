package dk.sambo.portal.training.domain;

import java.time.Instant;

import dk.sambo.portal.organisation.PersonSummary;

/** A sign-up waiting for the reader's approval as the participant's line manager. */
public record PendingApproval(long registrationId, long sessionId, SessionType type, String sessionTitle,
        Instant start, Instant end, PersonSummary person, Instant signedUpAt, int seatsLeft) {
}
