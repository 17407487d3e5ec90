/** Administration for ADMIN: find people, grant and revoke roles with scope, deactivate, handle access requests. */
@org.springframework.lang.NonNullApi
package dk.sambo.portal.admin;
