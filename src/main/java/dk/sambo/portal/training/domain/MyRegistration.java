package dk.sambo.portal.training.domain;

import org.jspecify.annotations.Nullable;

/**
 * The reader's own sign-up for a session. {@code waitlistPosition} is 1-based (0 unless waitlisted);
 * {@code overlapping} names other sessions the reader is signed up for at the same time.
 */
public record MyRegistration(RegistrationStatus status, int waitlistPosition,
        @Nullable AttendanceStatus attendance, java.util.List<String> overlapping) {
}
