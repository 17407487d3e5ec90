/**
 * Inside the training module: sessions, registrations and log entries with their repositories, and one service per
 * use case ({@link dk.sambo.portal.training.domain.TrainingCalendar} reads; {@code TrainingSessions},
 * {@code SignUps}, {@code Approvals}, {@code Attendance} and {@code TrainingLog} change). Internal to the module:
 * other modules hear about training through the events at the module's root.
 */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.training.domain;
