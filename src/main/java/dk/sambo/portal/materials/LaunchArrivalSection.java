package dk.sambo.portal.materials;

import static dk.sambo.portal.home.StartCard.card;
import static dk.sambo.portal.home.StartCard.link;
import static dk.sambo.portal.home.StartCard.t;
import static dk.sambo.portal.home.StartCard.text;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;

import dk.sambo.portal.home.StartCard;
import dk.sambo.portal.home.StartSection;
import dk.sambo.portal.materials.LaunchCascade.Arrival;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.shared.ui.Feedback;
import dk.sambo.portal.shared.ui.Formats;

/**
 * On the start page of an organisation's leaders (managers of managers and line managers): the launch package
 * arrived from the cluster, with "Bekræft modtaget" and, after that, "Bekræft givet videre lokalt". Shown only once
 * a cluster forwarded it; after both confirmations the card says so.
 */
@Component
class LaunchArrivalSection implements StartSection {

    private final LaunchCascade cascade;

    LaunchArrivalSection(LaunchCascade cascade) {
        this.cascade = cascade;
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.of(Role.SENIOR_MANAGER, Role.LINE_MANAGER);
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        var arrivals = cascade.myArrivals();
        if (arrivals.isEmpty()) {
            return null;
        }
        var card = card("launch-arrival", t("materials.cascade.arrival.card"));
        card.addClassName("cascade-arrivals");
        fill(card, arrivals);
        return card;
    }

    private void fill(Div card, java.util.List<Arrival> arrivals) {
        var title = card.getChildren().findFirst().orElseThrow();
        card.removeAll();
        card.add(title);
        for (var a : arrivals) {
            var block = new Div(new H4(t("materials.cascade.arrival.title", a.clusterName())),
                    text(t("materials.cascade.arrival.text", a.organisationName(), date(a.forwardedAt()))));
            block.addClassName("cascade-arrival");
            block.getElement().setAttribute("data-organisation", a.organisationName());
            block.getElement().setAttribute("data-cluster", a.clusterName());
            if (a.receivedAt() != null) {
                block.add(StartCard.badge(t("materials.cascade.arrival.received", date(a.receivedAt())), "muted"));
            }
            if (a.passedOnAt() != null) {
                block.add(StartCard.badge(t("materials.cascade.arrival.passed-on", date(a.passedOnAt())), "ok"));
            } else if (a.receivedAt() == null) {
                block.add(new Div(button(card, "materials.cascade.confirm-received", "cascade-confirm-received",
                        () -> cascade.confirmReceived(a.rowId()), "materials.cascade.confirmed-received")));
            } else {
                block.add(new Div(button(card, "materials.cascade.confirm-passed-on", "cascade-confirm-passed-on",
                        () -> cascade.confirmPassedOn(a.rowId()), "materials.cascade.confirmed-passed-on")));
            }
            card.add(block);
        }
        card.add(link("materialer", t("start.materials.link")));
    }

    private Button button(Div card, String label, String className, Runnable action, String doneKey) {
        var button = new Button(t(label), e -> {
            if (Feedback.attempt(card, action)) {
                Feedback.success(t(doneKey));
            }
            fill(card, cascade.myArrivals());
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        button.addClassName(className);
        return button;
    }

    private static String date(Instant at) {
        return Formats.date(at.atZone(Formats.zone()).toLocalDate(), UI.getCurrent().getLocale());
    }
}
