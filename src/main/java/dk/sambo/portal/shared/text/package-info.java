/** Stored text is clean text: the normaliser applied to every String attribute of every entity on write. */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.shared.text;
