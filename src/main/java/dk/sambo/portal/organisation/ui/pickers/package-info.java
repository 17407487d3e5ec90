/**
 * Form fields other features' forms use to choose a health cluster or an organisation: combo boxes over the
 * organisation module's summary records, with Danish/English labels. Exposed as the named interface
 * {@code organisation::pickers}.
 */
@org.springframework.modulith.NamedInterface("pickers")
@org.springframework.lang.NonNullApi
package dk.sambo.portal.organisation.ui.pickers;
