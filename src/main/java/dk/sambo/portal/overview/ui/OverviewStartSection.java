package dk.sambo.portal.overview.ui;

import java.util.Set;

import org.springframework.stereotype.Component;

import dk.sambo.portal.home.StartCard;
import dk.sambo.portal.home.StartSection;
import dk.sambo.portal.organisation.Role;

/**
 * Points everyone who may open the organisation overview to it, first under their heading. Not the implementing
 * level: the overview is not theirs to open (they get their clusters' local training needs instead).
 */
@Component
class OverviewStartSection implements StartSection {

    @Override
    public Set<Role> roles() {
        return Set.of(Role.STRATEGIC, Role.POLITICAL, Role.SENIOR_MANAGER);
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        var card = StartCard.card("overview", StartCard.t("overview.start.title"));
        card.add(StartCard.text(StartCard.t("overview.start.text")));
        card.add(StartCard.link(OverviewView.ROUTE, StartCard.t("overview.start.link")));
        return card;
    }
}
