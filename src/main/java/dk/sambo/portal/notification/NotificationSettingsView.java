package dk.sambo.portal.notification;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** A person's own notification settings: how e-mail comes, and what other features let them follow. */
@Route(NotificationSettingsView.ROUTE)
@PermitAll
@Menu(order = 80, title = "notification.settings.title", icon = "vaadin:bell-o")
@StyleSheet("assets/notification.css")
class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "indstillinger/notifikationer";

    NotificationSettingsView(NotificationSettings settings, List<NotificationSettingsSection> sections) {
        addClassName("notification-settings");
        setMaxWidth("52rem");
        add(new H1(getTranslation("notification.settings.title")));

        var email = new Div(new H2(getTranslation("notification.settings.email")));
        email.addClassName("settings-card");
        var mode = new RadioButtonGroup<EmailMode>();
        mode.setLabel(getTranslation("notification.settings.email.how"));
        mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        mode.setItems(EmailMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("notification.settings.mode." + m.name()));
        mode.setValue(settings.myEmailMode());
        mode.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                settings.setMyEmailMode(e.getValue());
                Notification.show(getTranslation("notification.settings.saved"), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
        });
        email.add(mode);
        var address = settings.myEmailAddress();
        email.add(new Paragraph(address == null ? getTranslation("notification.settings.no-address")
                : getTranslation("notification.settings.address", address)));
        if (!settings.mailConfigured()) {
            var off = new Paragraph(getTranslation("notification.settings.mail-off"));
            off.addClassName("settings-note");
            email.add(off);
        }
        add(email);
        sections.stream().sorted(Comparator.comparingInt(NotificationSettingsSection::order))
                .forEach(section -> add(section.create()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.settings.title");
    }
}
