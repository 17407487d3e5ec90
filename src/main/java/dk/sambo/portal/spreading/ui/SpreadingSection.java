package dk.sambo.portal.spreading.ui;

import static dk.sambo.portal.home.StartCard.card;
import static dk.sambo.portal.home.StartCard.link;
import static dk.sambo.portal.home.StartCard.t;
import static dk.sambo.portal.home.StartCard.text;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import dk.sambo.portal.home.StartSection;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.spreading.SpreadingDecisions;

/** Strategic level: spreading decisions still under consideration. */
@Component
class SpreadingSection implements StartSection {

    private final SpreadingDecisions decisions;

    SpreadingSection(SpreadingDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.of(Role.STRATEGIC);
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        var card = card("spreading", t("spreading.start.heading"));
        var pending = decisions.inProgress();
        if (pending.isEmpty()) {
            card.add(text(t("spreading.start.none")));
        } else {
            var list = new UnorderedList();
            pending.forEach(v -> {
                var item = new ListItem();
                item.add(link("spredning/" + v.id(), v.content().title()));
                list.add(item);
            });
            card.add(text(t("spreading.start.count", pending.size())), list);
        }
        card.add(link("spredning", t("spreading.start.link")));
        return card;
    }
}
