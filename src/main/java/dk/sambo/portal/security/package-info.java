/**
 * How people get in: local demo accounts and any number of organisations' OpenID Connect providers, the
 * no-access page and access requests for unknown people, and ending sessions when access is taken away.
 */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.security;
