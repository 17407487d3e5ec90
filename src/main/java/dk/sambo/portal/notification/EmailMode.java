package dk.sambo.portal.notification;

/** How a person wants e-mail about their notifications. */
public enum EmailMode {
    /** Only the bell in the portal. */
    NONE,
    /** One e-mail per notification, as it happens. */
    IMMEDIATE,
    /** One e-mail a morning with what the person has not read yet. */
    DAILY_DIGEST
}
