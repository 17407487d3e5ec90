package dk.sambo.portal.materials;

/** A file the library does not take; {@link #getMessage()} is a translation key. */
public class MaterialRejectedException extends RuntimeException {

    public MaterialRejectedException(String messageKey) {
        super(messageKey);
    }
}
