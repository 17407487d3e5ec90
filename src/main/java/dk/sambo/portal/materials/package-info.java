/**
 * The materials library: documents per audience (the launch package among them), PDF, DOCX and PPTX up to 25 MB,
 * type checked by content, with versions and download counts. Files are stored in the database (see
 * docs/materials.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Materials library",
        allowedDependencies = { "organisation", "audit", "notification", "home", "security", "shared" })
@org.springframework.lang.NonNullApi
package dk.sambo.portal.materials;
