package dk.sambo.portal.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.security.LoginProviders;
import dk.sambo.portal.security.PortalSecurityProperties;

/** What the login and no-access pages tell people when a provider is down or their access has ended. */
class LoginAndNoAccessViewTest extends KaribuTest {

    @Test
    void a_provider_that_does_not_answer_is_shown_as_unavailable_and_cannot_be_clicked() {
        var providers = mock(LoginProviders.class);
        when(providers.all()).thenReturn(List.of(new LoginProviders.Provider("kolding", "Kolding Kommune", true),
                new LoginProviders.Provider("vejle", "Vejle Kommune", false)));

        UI.getCurrent().add(new LoginView(new PortalSecurityProperties(false, List.of()), providers, java.time.Duration.ofHours(12)));

        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).containsExactly("/oauth2/authorization/kolding");
        assertThat(_get(Anchor.class).getText()).isEqualTo("Log ind med Kolding Kommune");
        var unavailable = _get(Span.class, spec -> spec.withClasses("login-provider-unavailable"));
        assertThat(unavailable.getText()).isEqualTo("Vejle Kommune: kan ikke nås lige nu, prøv igen om lidt");
        assertThat(unavailable.getElement().getAttribute("aria-disabled")).isEqualTo("true");
    }

    @Test
    void the_login_page_says_when_the_chosen_provider_could_not_be_reached() {
        UI.getCurrent().navigate("login", QueryParameters.of(LoginView.UNAVAILABLE, ""));

        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "Den valgte login-udbyder kan ikke nås lige nu. Prøv igen om lidt, eller brug en anden.")))
                .hasSize(1);
    }

    @Test
    void the_login_page_says_that_the_role_needs_a_login_with_two_factors() {
        UI.getCurrent().navigate("login", QueryParameters.of(LoginView.STRONGER, ""));

        assertThat(_find(Paragraph.class, spec -> spec.withText("Din rolle i portalen kræver login med to faktorer"
                + " (fx MitID eller en kode fra en app), og din login-udbyder meldte et login med kun én faktor. Log"
                + " ind igen med to faktorer, eller kontakt din IT-afdeling."))).hasSize(1);
    }

    @Test
    void the_login_page_says_in_danish_that_a_login_lasts_at_most_twelve_hours_after_the_absolute_lifetime() {
        UI.getCurrent().navigate("login", QueryParameters.of(LoginView.LIFETIME, ""));

        assertThat(_find(Paragraph.class, spec -> spec.withClasses("login-session-moved"))).singleElement()
                .satisfies(notice -> {
                    assertThat(notice.isVisible()).isTrue();
                    assertThat(notice.getText()).isEqualTo("Du er logget ud, fordi et login højst varer 12 timer,"
                            + " også når du er aktiv. Log ind igen. Det, du havde skrevet uden at gemme, er ikke gemt.");
                });
    }

    @Test
    void a_deactivated_person_is_told_their_access_has_ended_and_that_nothing_was_recorded() {
        UI.getCurrent().navigate(NoAccessView.PATH, QueryParameters.of(NoAccessView.ENDED, ""));

        assertThat(_get(H1.class).getText()).isEqualTo("Din adgang er ophørt");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .noneMatch(text -> text.contains("Vi har registreret din anmodning"))
                .anyMatch(text -> text.startsWith("Skal du have adgang igen, så kontakt din nærmeste leder"));
    }

    @Test
    void an_unknown_person_is_told_their_request_was_recorded() {
        navigate("ingen-adgang");

        assertThat(_get(H1.class).getText()).isEqualTo("Du har ikke adgang endnu");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Vi har registreret din anmodning, så en administrator kan se den.");
    }
}
