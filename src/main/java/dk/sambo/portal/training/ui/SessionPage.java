package dk.sambo.portal.training.ui;

import java.util.function.Supplier;

/** What the parts of the session page ask of the page: run a change, tell the reader, and redraw. */
interface SessionPage {

    /** Runs the change; on success shows the text it returns and redraws the page, on a refusal says why. */
    void change(Supplier<String> change);
}
