/**
 * Vaadin server tuning for many sessions (issue 15): work Vaadin repeats on every page load done once
 * ({@link VaadinLookupCache}), push and websocket buffer settings ({@code application.properties}, h6 block).
 */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.shared.web;
