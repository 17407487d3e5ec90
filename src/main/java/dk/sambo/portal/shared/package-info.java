/**
 * What every feature uses: the entity base class, translations, the patient-data guard and small UI helpers.
 * It depends on no feature.
 */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.shared;
