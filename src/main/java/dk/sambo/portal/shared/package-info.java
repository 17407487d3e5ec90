/**
 * What every feature uses: the entity base class, translations, the patient-data guard, scheduling locks and
 * small UI helpers. It depends on no feature, and all of it is open to every feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.springframework.lang.NonNullApi
package dk.sambo.portal.shared;
