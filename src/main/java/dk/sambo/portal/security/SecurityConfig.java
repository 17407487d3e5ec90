package dk.sambo.portal.security;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import com.vaadin.flow.spring.security.RequestUtil;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import dk.sambo.portal.security.ui.LoginView;
import dk.sambo.portal.security.ui.NoAccessView;

/**
 * Vaadin's security set-up plus OpenID Connect for every configured provider. Routes declare their own access
 * ({@code @RolesAllowed}, {@code @PermitAll}, {@code @AnonymousAllowed}); services check role and scope again
 * with method security. Spring Security changes the session id at login (session fixation protection).
 */
@Configuration
// Issue 15: JSR-250 off. Only route classes (and MainLayout) carry @PermitAll/@RolesAllowed, which Vaadin
// reads for route access; with jsr250Enabled every view became a CGLIB proxy matched against the advisors on every
// navigation. Services use @PreAuthorize (ViewsNotProxiedTest).
@EnableMethodSecurity
@EnableConfigurationProperties(PortalSecurityProperties.class)
class SecurityConfig {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> clientRegistrations, PortalOidcUserService oidcUserService,
            RequestUtil requestUtil, LoginThrottle loginThrottle, LoginAudit loginAudit,
            SessionTerminator sessionTerminator, OpenSessions openSessions, java.time.Clock clock,
            @org.springframework.beans.factory.annotation.Value("${portal.session.absolute-lifetime:12h}")
            java.time.Duration absoluteLifetime) throws Exception {
        // Calendar subscriptions are opened by calendar programs with a secret token in the URL, not a session.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/ical/**").permitAll());
        // Feature stylesheets (META-INF/resources/assets/*.css, loaded by view-level @StyleSheet): Vaadin's
        // configuration serves only its own static files (styles.css, lumo/...) and refuses others with 403.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/assets/*.css").permitAll());
        // The balancer's health checks (issue 12): status only (UP/DOWN), details for administrators; no other
        // actuator endpoint is exposed (management.endpoints.web.exposure.include=health).
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness").permitAll());
        // Every logout is audited, including one the identity provider asks for by back-channel logout.
        http.logout(logout -> logout.addLogoutHandler((request, response, authentication) ->
                loginAudit.loggedOut(authentication)));
        var registrations = clientRegistrations.getIfAvailable();
        // Vaadin's configurer exempts the login page from CSRF protection; the login form does send the token
        // (vaadin-login-form copies it from the page's _csrf meta tags), so require it there too (login CSRF,
        // issue 10). Vaadin's own server round trips carry Vaadin's CSRF token and stay exempt, as Vaadin sets it.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class).enableCsrfConfiguration(false);
            if (registrations != null) {
                // Logging out of the portal also ends the session at the identity provider (OIDC RP-initiated
                // logout), so the next person at a shared PC is asked for their own credentials.
                vaadin.logoutSuccessHandler(OidcLogout.successHandler(registrations));
            }
        });
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.addFilterBefore(new LoginGuardFilter(loginThrottle), UsernamePasswordAuthenticationFilter.class);
        var failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl(LoginView.PATH + "?error");
        // Only reached with the right password (LocalAuthentication checks the account after the password).
        failures.setExceptionMappings(Map.of(DisabledException.class.getName(),
                LoginView.PATH + "?" + LoginView.ENDED));
        http.formLogin(form -> form.failureHandler(failures));
        SecurityHeaders.apply(http);
        // The absolute session lifetime (ASVS 7.3.2): an active session ends too, and the login page says why.
        http.addFilterAfter(new SessionLifetimeFilter(clock, absoluteLifetime, requestUtil::isFrameworkInternalRequest,
                openSessions),
                org.springframework.security.web.header.HeaderWriterFilter.class);
        // A session id this node does not know: the person's node died or stopped (issue 12); tell them on the
        // login page that their session moved and what they typed is not saved.
        http.addFilterAfter(new SessionMovedFilter(sessionTerminator, requestUtil::isFrameworkInternalRequest),
                org.springframework.security.web.header.HeaderWriterFilter.class);
        if (registrations != null) {
            // The provider may also end the portal session when its own session ends (OIDC back-channel logout).
            http.oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()));
            http.oauth2Login(oauth -> oauth
                    .loginPage(LoginView.PATH)
                    .withObjectPostProcessor(OidcLogout.unavailableProviderRedirect())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService))
                    .failureHandler((request, response, exception) -> {
                        var code = exception instanceof OAuth2AuthenticationException oauth2
                                ? oauth2.getError().getErrorCode() : "";
                        var noAccess = PortalOidcUserService.NO_ACCESS.equals(code)
                                || PortalOidcUserService.ACCESS_ENDED.equals(code);
                        if (!noAccess) {
                            // The person only sees "login failed"; the operator needs the provider's reason.
                            LOG.warn("OIDC login failed: {}", exception.getMessage());
                        }
                        if (PortalOidcUserService.STRONGER_LOGIN_NEEDED.equals(code)) {
                            // A role that needs multi-factor login without it (ASVS 6.3.3): the page says so.
                            LOG.info("OIDC login refused: {}", exception.getMessage());
                            response.sendRedirect(request.getContextPath() + LoginView.PATH + "?"
                                    + LoginView.STRONGER);
                            return;
                        }
                        response.sendRedirect(request.getContextPath()
                                + (noAccess ? "/" + NoAccessView.PATH
                                        + (PortalOidcUserService.ACCESS_ENDED.equals(code) ? "?" + NoAccessView.ENDED
                                                : "")
                                        : LoginView.PATH + "?error"));
                    }));
        }
        return http.build();
    }

    /**
     * Spring's default publishes no event for exceptions it has no mapping for, such as an identity provider's
     * {@link OAuth2AuthenticationException} (an unknown or deactivated person): publish those as failures too, so
     * {@link LoginAudit} records every failed login.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        var events = new DefaultAuthenticationEventPublisher(publisher);
        events.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return events;
    }

    /**
     * New local passwords are hashed with PBKDF2-HMAC-SHA256 (OWASP's 600,000 iterations by default), which reads
     * the whole password: BCrypt reads only its first 72 bytes, and the password policy allows 128 characters
     * (ASVS 5.0 V6.2.9, V6.2.10). Hashes stored before (BCrypt, without an id prefix) still match.
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @org.springframework.beans.factory.annotation.Value("${portal.security.password-hash-iterations:600000}")
            int iterations) {
        var pbkdf2 = new org.springframework.security.crypto.password.Pbkdf2PasswordEncoder("", 16, iterations,
                org.springframework.security.crypto.password.Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm
                        .PBKDF2WithHmacSHA256);
        pbkdf2.setEncodeHashAsBase64(true);
        var bcrypt = new BCryptPasswordEncoder();
        var encoders = new java.util.HashMap<String, PasswordEncoder>();
        encoders.put("pbkdf2", pbkdf2);
        encoders.put("bcrypt", bcrypt);
        var delegating = new org.springframework.security.crypto.password.DelegatingPasswordEncoder("pbkdf2",
                encoders);
        delegating.setDefaultPasswordEncoderForMatches(bcrypt);
        return delegating;
    }

    /** Lets {@link SessionTerminator} see sessions end. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
