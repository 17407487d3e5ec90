package dk.sambo.portal.qa.service;

import org.jspecify.annotations.Nullable;

/**
 * Someone else saved the same post after the person opened it for editing. Nothing was stored; the form keeps
 * what the person typed and shows the other version, so they can merge and save again.
 */
public class EditConflictException extends RuntimeException {

    private final long currentVersion;
    private final @Nullable String currentTitle;
    private final String currentBody;

    public EditConflictException(long currentVersion, @Nullable String currentTitle, String currentBody) {
        super("The post was changed by someone else (now version " + currentVersion + ")");
        this.currentVersion = currentVersion;
        this.currentTitle = currentTitle;
        this.currentBody = currentBody;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public @Nullable String currentTitle() {
        return currentTitle;
    }

    public String currentBody() {
        return currentBody;
    }
}
