package dk.sambo.portal.training;

/** A training log entry was deleted; it no longer counts. */
public record TrainingLogEntryRemoved(long entryId) {
}
