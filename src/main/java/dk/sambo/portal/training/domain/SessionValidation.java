package dk.sambo.portal.training.domain;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.shared.RuleViolation;
import dk.sambo.portal.shared.privacy.PatientDataGuard;

/**
 * The rules a session's data must follow, checked all at once so the organiser sees every problem together. A
 * CPR number in a free-text field is refused first, on its own ({@link PatientDataGuard}).
 */
final class SessionValidation {

    private SessionValidation() {
    }

    /**
     * Refuses the data with every problem found. {@code existing} is the session being changed (null for a new
     * one), with {@code approved} seats taken; {@code notBefore}, when set, is the earliest allowed start.
     */
    static void require(SessionData d, @Nullable TrainingSession existing, int approved, @Nullable Instant notBefore) {
        PatientDataGuard.check("training.field.title", d.title());
        PatientDataGuard.check("training.field.description", d.description());
        PatientDataGuard.check("training.field.place", d.place());
        PatientDataGuard.check("training.field.online-link", d.onlineLink());
        var problems = RuleViolation.collect();
        if (d.title() == null || d.title().isBlank()) {
            problems.add("title", "training.error.required");
        }
        tooLong(problems, "title", d.title(), SessionData.TITLE_MAX);
        tooLong(problems, "description", d.description(), SessionData.DESCRIPTION_MAX);
        tooLong(problems, "place", d.place(), SessionData.PLACE_MAX);
        tooLong(problems, "onlineLink", d.onlineLink(), SessionData.LINK_MAX);
        if (d.start() == null) {
            problems.add("start", "training.error.required");
        } else if (notBefore != null && d.start().isBefore(notBefore)) {
            problems.add("start", "training.error.in-the-past");
        }
        if (d.end() == null) {
            problems.add("end", "training.error.required");
        } else if (d.start() != null && !d.end().isAfter(d.start())) {
            problems.add("end", "training.error.end-before-start");
        } else if (d.start() != null && Duration.between(d.start(), d.end()).toHours() > 24) {
            problems.add("end", "training.error.too-long-session");
        }
        if (isBlank(d.place()) && isBlank(d.onlineLink())) {
            problems.add("place", "training.error.place-required");
        }
        if (!isBlank(d.onlineLink()) && !d.onlineLink().strip().matches("(?i)https?://\\S+")) {
            problems.add("onlineLink", "training.error.link-invalid");
        }
        if (d.audiences() == null || d.audiences().isEmpty()) {
            problems.add("audiences", "training.error.audience-required");
        }
        if (d.capacity() < 1 || d.capacity() > SessionData.CAPACITY_MAX) {
            problems.add("capacity", "training.error.capacity-range", SessionData.CAPACITY_MAX);
        } else if (existing != null && d.capacity() < approved) {
            problems.add("capacity", "training.error.capacity-below-approved", approved);
        }
        if (d.signupDeadline() != null && d.start() != null && d.signupDeadline().isAfter(d.start())) {
            problems.add("signupDeadline", "training.error.deadline-after-start");
        }
        problems.throwIfAny();
    }

    private static void tooLong(RuleViolation.Collector problems, String field, @Nullable String text, int max) {
        if (text != null && text.length() > max) {
            problems.add(field, "training.error.too-long", max, text.length());
        }
    }

    private static boolean isBlank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
