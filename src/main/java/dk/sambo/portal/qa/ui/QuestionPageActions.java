package dk.sambo.portal.qa.ui;

import java.util.EnumSet;
import java.util.Set;

import com.vaadin.flow.component.HasValidation;

/**
 * What the parts of the question page share: run a service call, show a refusal as a message, and show again
 * only the parts of the page the call changed.
 */
interface QuestionPageActions {

    /** The parts of the question page that are shown again after a change. */
    enum Part {
        QUESTION, GENERAL, COMMENTS, ANSWERS;

        static final Set<Part> ALL = EnumSet.allOf(Part.class);
    }

    /**
     * Runs a service call; a broken rule or a CPR number becomes a message (and marks the fields). When it went
     * through, the given parts are shown again with fresh content. Returns whether it went through.
     */
    boolean act(Set<Part> changed, Runnable call, HasValidation... fields);

    /** Shows the given parts again with fresh content (after a save that handled its own errors). */
    void refresh(Set<Part> changed);
}
