/** The spreading decisions' screens: the list, the form (bound to the command record), the print view, the start card. */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.spreading.ui;
