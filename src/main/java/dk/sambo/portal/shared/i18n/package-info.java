/** Translations: one Danish and one English file per feature under {@code i18n/}, merged at start. */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.shared.i18n;
