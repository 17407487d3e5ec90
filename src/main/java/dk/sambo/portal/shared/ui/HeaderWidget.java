package dk.sambo.portal.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A Spring bean that puts something in the main layout's header (the notification bell, for one), so a
 * feature can add to the shell without the shell depending on it.
 */
public interface HeaderWidget {

    /** A fresh component for one UI. */
    Component create();

    /** Left to right. */
    default int order() {
        return 0;
    }
}
