package dk.sambo.portal.spreading;

/** The decision on an initiative: not yet made, spread it, not now, or stop it. */
public enum Decision {
    PENDING, SPREAD, NOT_NOW, STOP
}
