/**
 * Provisioning from the organisations' identity providers: a SCIM 2.0 service provider (RFC 7643/7644) at
 * {@code /scim/v2}, so Entra ID or Keycloak create, update and deactivate people automatically. Its own stateless
 * security filter chain accepts only a bearer token issued per organisation (of which only a hash is stored); a
 * browser session counts for nothing there. Users are people (userName = work e-mail); Groups are units.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SCIM provisioning",
        allowedDependencies = { "organisation", "audit", "shared" })
@org.springframework.lang.NonNullApi
package dk.sambo.portal.scim;
