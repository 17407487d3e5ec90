/** The barrier log's screens: the log with its summary, the record/edit form and the start-page sections. */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.barrier.ui;
