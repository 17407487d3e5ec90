/** Single-run scheduled jobs across portal nodes (ShedLock on the portal database). */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.shared.scheduling;
