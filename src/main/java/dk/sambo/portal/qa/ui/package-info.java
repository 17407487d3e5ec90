/** The screens of doubt questions. They use only the services and records of {@code dk.sambo.portal.qa.service}. */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.qa.ui;
