/** Administration for ADMIN: find people, grant and revoke roles with scope, deactivate, handle access requests. */
@org.springframework.modulith.ApplicationModule(displayName = "Administration",
        allowedDependencies = { "organisation", "security", "audit", "scim", "shared" })
@org.springframework.lang.NonNullApi
package dk.sambo.portal.admin;
