package dk.sambo.portal.materials;

/** A cascade step that cannot be taken (already taken, or its step before is missing); the message is a key. */
public class LaunchCascadeException extends RuntimeException {

    public LaunchCascadeException(String messageKey) {
        super(messageKey);
    }
}
