package dk.sambo.portal.notification;

import com.vaadin.flow.component.Component;

/**
 * A Spring bean that adds a section to the notification settings page, so a feature can offer its own choices
 * (what to follow) without this module depending on it.
 */
public interface NotificationSettingsSection {

    /** A fresh component for one page. */
    Component create();

    /** Top to bottom. */
    default int order() {
        return 0;
    }
}
