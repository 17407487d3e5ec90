/** No patient data, ever: the guard every feature calls before it stores free text. */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.shared.privacy;
