/** Small UI building blocks every feature may use: language switch, header widgets, date formats. */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.shared.ui;
