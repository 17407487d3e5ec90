package dk.sambo.portal.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;

import dk.sambo.portal.security.ui.LoginView;

/** The pieces of the OpenID Connect set-up that {@link SecurityConfig} plugs in. */
final class OidcLogout {

    private OidcLogout() {
    }

    /**
     * After the portal's own logout: someone who logged in through an identity provider that offers an
     * {@code end_session_endpoint} is sent there (with their ID token as hint), and the provider sends them back
     * to the portal's login page; everyone else goes straight to the login page. Vaadin's redirect strategy works
     * for the logout button (a Vaadin round trip) and for a plain {@code POST /logout} alike.
     */
    static LogoutSuccessHandler successHandler(ClientRegistrationRepository registrations) {
        var handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        // Built from the configured public address when there is one, never from a forged host header (issue 10).
        var base = registrations instanceof ResilientClientRegistrations resilient
                && !resilient.publicBaseUrl().isEmpty() ? resilient.publicBaseUrl() : "{baseUrl}";
        handler.setPostLogoutRedirectUri(base + LoginView.PATH);
        handler.setDefaultTargetUrl(LoginView.PATH);
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return handler;
    }

    /**
     * A click on the button of a provider that has not answered yet (a stale login page) goes back to the login
     * page, which says the provider is unavailable, instead of Spring Security's bare error 500.
     */
    static ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter> unavailableProviderRedirect() {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler((request, response, exception) -> response.sendRedirect(
                        request.getContextPath() + LoginView.PATH + "?" + LoginView.UNAVAILABLE));
                return filter;
            }
        };
    }
}
