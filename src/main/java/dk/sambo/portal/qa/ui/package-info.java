/** The screens of doubt questions. They use only the public services and records of {@code dk.sambo.portal.qa}. */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.qa.ui;
