package dk.sambo.portal.home;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.PersonSummary;
import dk.sambo.portal.organisation.Profile;

/** "Min side": where everyone lands. Shows who you are in the agreement and whom to turn to. */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.start", icon = "vaadin:home")
class StartView extends VerticalLayout implements HasDynamicTitle {

    StartView(OrganisationService organisation) {
        addClassName("start-view");
        var profile = organisation.myProfile();
        add(new H1(getTranslation("start.heading", profile.person().name())));
        var cards = new Div(whoYouAre(profile), yourLeader(profile), yourCultureBearers(profile));
        cards.addClassName("card-grid");
        add(cards);
    }

    private Component whoYouAre(Profile profile) {
        var person = profile.person();
        var card = card("start.you");
        card.add(line("start.job-title", person.jobTitle()), line("start.unit", person.unitName()),
                line("start.organisation", person.organisationName()),
                line("start.cluster", String.join(", ", profile.clusterNames())),
                line("start.knowledge-target", getTranslation("target." + person.knowledgeTarget().name())));
        var roles = new UnorderedList();
        roles.addClassName("role-list");
        profile.grants().forEach(g -> roles.add(new ListItem(getTranslation("role." + g.role().name()) + " · "
                + g.scopeName())));
        card.add(new Span(getTranslation("start.roles")), roles);
        return card;
    }

    private Component yourLeader(Profile profile) {
        var card = card("start.leader");
        if (profile.lineManagers().isEmpty()) {
            card.add(new Paragraph(getTranslation("start.leader.none")));
        }
        profile.lineManagers().forEach(p -> card.add(contact(p)));
        return card;
    }

    private Component yourCultureBearers(Profile profile) {
        var card = card("start.culture-bearers");
        card.add(new Paragraph(getTranslation("start.culture-bearers.explain")));
        if (profile.cultureBearers().isEmpty()) {
            card.add(new Paragraph(getTranslation("start.culture-bearers.none")));
        }
        profile.cultureBearers().forEach(p -> card.add(contact(p)));
        return card;
    }

    private Div card(String headingKey) {
        var card = new Div(new H2(getTranslation(headingKey)));
        card.addClassName("card");
        return card;
    }

    private Component line(String labelKey, String value) {
        var line = new Div(new Span(getTranslation(labelKey)), new Span(value == null || value.isBlank() ? "–"
                : value));
        line.addClassName("field");
        return line;
    }

    private Component contact(PersonSummary p) {
        var contact = new Div();
        contact.addClassName("contact");
        var name = new Span(p.name());
        name.addClassName("contact-name");
        contact.add(name, new Span(p.jobTitle() == null ? "" : p.jobTitle()),
                new Span(p.unitName() == null ? "" : p.unitName()));
        if (p.email() != null) {
            contact.add(new com.vaadin.flow.component.html.Anchor("mailto:" + p.email(), p.email()));
        }
        return contact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.start");
    }
}
