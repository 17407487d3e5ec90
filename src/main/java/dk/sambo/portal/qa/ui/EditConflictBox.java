package dk.sambo.portal.qa.ui;

import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import dk.sambo.portal.qa.service.EditConflictException;
import dk.sambo.portal.shared.ui.Feedback;

/**
 * The edit-conflict handling of every edit form on the question page, in one place. It saves against the version
 * the person opened; when someone else saved in between, nothing is stored, the box shows the other version
 * above the form (the person's own text stays in the fields) and the next save is against that version.
 */
final class EditConflictBox extends Div {

    /** The post as it is stored now, read when the database (not the service) noticed the conflict. */
    record Stored(long version, @Nullable String title, String body) {
    }

    private long expectedVersion;

    EditConflictBox(long openedVersion) {
        this.expectedVersion = openedVersion;
        addClassName("qa-conflict");
        setVisible(false);
    }

    /**
     * Calls {@code save} with the version the person is editing. Returns whether it was stored; other refusals
     * (a broken rule, a CPR number) pass through to the caller.
     */
    boolean save(LongConsumer save, Supplier<Stored> stored) {
        try {
            save.accept(expectedVersion);
            return true;
        } catch (EditConflictException ex) {
            expectedVersion = ex.currentVersion();
            show(ex.currentTitle(), ex.currentBody());
        } catch (OptimisticLockingFailureException ex) {
            var current = stored.get();
            expectedVersion = current.version();
            show(current.title(), current.body());
        }
        return false;
    }

    /** Tells the person someone else saved meanwhile; their own text stays in the fields. */
    private void show(@Nullable String otherTitle, String otherBody) {
        removeAll();
        add(new Paragraph(getTranslation("qa.edit.conflict")));
        if (otherTitle != null) {
            add(new H3(otherTitle));
        }
        add(QaUi.text(otherBody));
        setVisible(true);
        Feedback.error(getTranslation("qa.edit.conflict.short"));
    }
}
