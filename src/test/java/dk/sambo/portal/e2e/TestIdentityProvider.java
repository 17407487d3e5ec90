package dk.sambo.portal.e2e;

import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * A real OpenID Connect provider for tests: Spring Authorization Server as a second Spring application on a
 * random loopback port, started once per JVM. The portal is registered with it as client {@value #CLIENT_ID}
 * under the registration name {@value #REGISTRATION} (see {@link Initializer}).
 *
 * <p>Pitfalls it avoids: the provider answers on {@code localhost} and the portal on {@code 127.0.0.1}, so their
 * session cookies never clash; the registered redirect URI is on {@code 127.0.0.1} without a port, which an
 * authorization server accepts for any port of a loopback client (RFC 8252), so the portal's random port needs
 * no registration; it reads its own {@code spring.config.name}, never the portal's {@code application.properties};
 * browsers (and test clients) must send {@code Accept: text/html} to be sent to its login form.
 *
 * <p>Each login name is one person at the provider (the subject); what the ID token says about them (name,
 * e-mail, e-mail verified) comes from {@link #claims(String, String, String, boolean)}, which a test may change
 * between logins. Every user's password is {@value #PASSWORD}.
 */
public final class TestIdentityProvider {

    public static final String REGISTRATION = "testidp";
    public static final String CLIENT_NAME = "Test-IdP";
    public static final String CLIENT_ID = "sambo-portal";
    public static final String CLIENT_SECRET = "portal-secret";
    public static final String PASSWORD = "idp-password";

    private static final Map<String, Claims> CLAIMS = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, Object>> STRENGTH = new ConcurrentHashMap<>();
    private static volatile @Nullable ConfigurableApplicationContext context;

    private TestIdentityProvider() {
    }

    /** What the provider says about a login name; {@code email} null leaves the e-mail claims out. */
    public record Claims(String name, @Nullable String email, boolean emailVerified) {
    }

    /** Sets (or replaces) what the provider's ID token says about the person who logs in as {@code login}. */
    public static void claims(String login, String name, @Nullable String email, boolean emailVerified) {
        CLAIMS.put(login, new Claims(name, email, emailVerified));
    }

    /**
     * The login strength the ID token reports for {@code login} ({@code acr}, {@code amr}, as a provider does after
     * a multi-factor login); {@code acr} null and no {@code amr} leave both claims out.
     */
    public static void loginStrength(String login, @Nullable String acr, String... amr) {
        var claims = new java.util.HashMap<String, Object>();
        if (acr != null) {
            claims.put("acr", acr);
        }
        if (amr.length > 0) {
            claims.put("amr", java.util.List.of(amr));
        }
        STRENGTH.put(login, Map.copyOf(claims));
    }

    /** The provider's issuer URI, starting it on first use. */
    public static synchronized String issuer() {
        var running = context;
        if (running == null) {
            running = start();
            context = running;
        }
        int port = ((WebServerApplicationContext) running).getWebServer().getPort();
        return "http://localhost:" + port;
    }

    private static ConfigurableApplicationContext start() {
        return start(0, REGISTRATION);
    }

    /**
     * Another provider of the same kind on a given port (0: any), for a portal registration named
     * {@code registration}; the caller closes it. Its issuer is {@code http://localhost:<port>}.
     */
    public static ConfigurableApplicationContext startAnother(int port, String registration) {
        return start(port, registration);
    }

    /**
     * Lets the portal's logout send people back to {@code uri} after the provider has ended their session (an
     * authorization server accepts only registered post-logout redirect URIs, and the portal's port is random).
     */
    public static synchronized void allowPostLogoutRedirect(String uri) {
        issuer();
        var clients = java.util.Objects.requireNonNull(context).getBean(
                org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository.class);
        var client = java.util.Objects.requireNonNull(clients.findByClientId(CLIENT_ID));
        if (!client.getPostLogoutRedirectUris().contains(uri)) {
            clients.save(org.springframework.security.oauth2.server.authorization.client.RegisteredClient
                    .from(client).postLogoutRedirectUri(uri).build());
        }
    }

    /** The running provider's application context (started on first use), for tests that need its beans. */
    public static synchronized ConfigurableApplicationContext context() {
        issuer();
        return java.util.Objects.requireNonNull(context);
    }

    private static ConfigurableApplicationContext start(int port, String registration) {
        var app = new SpringApplication(ProviderApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        app.setRegisterShutdownHook(true);
        // Logging belongs to the portal under test: a second application must not re-initialise it.
        app.setListeners(app.getListeners().stream().filter(l -> !(l instanceof LoggingApplicationListener))
                .toList());
        app.setDefaultProperties(Map.of(
                // Its own configuration files (there are none), never the portal's application*.properties.
                "spring.config.name", "test-identity-provider",
                "spring.main.banner-mode", "off",
                "server.port", String.valueOf(port),
                "server.address", "127.0.0.1"));
        var prefix = "spring.security.oauth2.authorizationserver.client.portal.";
        return app.run(
                "--" + prefix + "registration.client-id=" + CLIENT_ID,
                "--" + prefix + "registration.client-secret={noop}" + CLIENT_SECRET,
                "--" + prefix + "registration.client-authentication-methods=client_secret_basic",
                "--" + prefix + "registration.authorization-grant-types=authorization_code,refresh_token",
                "--" + prefix + "registration.redirect-uris=http://127.0.0.1/login/oauth2/code/" + registration,
                "--" + prefix + "registration.scopes=openid,profile,email",
                "--" + prefix + "require-authorization-consent=false");
    }

    /**
     * Not a {@code @Configuration}, so the portal's component scan never picks it up. The dispatcher servlet is
     * needed although every endpoint is a filter: Tomcat runs no filter for a request that no servlet maps.
     */
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            SecurityAutoConfiguration.class,
            ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
            OAuth2AuthorizationServerAutoConfiguration.class, OAuth2AuthorizationServerJwtAutoConfiguration.class})
    static class ProviderApplication {

        /**
         * Anyone may log in with the shared password; the login name is the subject. A plain user-details service,
         * not a user-details manager: a manager would be asked to re-encode the {noop} password after login.
         */
        @Bean
        UserDetailsService users() {
            return name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build();
        }

        /**
         * Spring Security's security-context holder is one static per JVM, and the portal (Vaadin) replaces it
         * with its own when it starts, after this provider. The provider's filters would keep the holder they saw
         * at start-up while the authorization endpoint reads the static one, so a logged-in person would look
         * anonymous there ("invalid_request: principal"). Always use whichever holder is current.
         */
        @Bean
        SecurityContextHolderStrategy securityContextHolderStrategy() {
            return new SecurityContextHolderStrategy() {
                @Override
                public void clearContext() {
                    SecurityContextHolder.getContextHolderStrategy().clearContext();
                }

                @Override
                public SecurityContext getContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getContext();
                }

                @Override
                public Supplier<SecurityContext> getDeferredContext() {
                    return SecurityContextHolder.getContextHolderStrategy().getDeferredContext();
                }

                @Override
                public void setContext(SecurityContext context) {
                    SecurityContextHolder.getContextHolderStrategy().setContext(context);
                }

                @Override
                public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
                    SecurityContextHolder.getContextHolderStrategy().setDeferredContext(deferredContext);
                }

                @Override
                public SecurityContext createEmptyContext() {
                    return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                }
            };
        }

        /** Name and e-mail claims in the ID token (the user-info endpoint answers from the ID token). */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claimsCustomizer() {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                var claims = CLAIMS.get(context.getPrincipal().getName());
                if (claims == null) {
                    return;
                }
                context.getClaims().claim("name", claims.name());
                STRENGTH.getOrDefault(context.getPrincipal().getName(), Map.of())
                        .forEach((name, value) -> context.getClaims().claim(name, value));
                if (claims.email() != null) {
                    context.getClaims().claim("email", claims.email());
                    context.getClaims().claim("email_verified", claims.emailVerified());
                }
            };
        }
    }

    /**
     * Registers the provider with the portal under test: {@code @ContextConfiguration(initializers = ...)}.
     * Starting the provider here, before the portal's context refreshes, is what lets the portal read the
     * provider's discovery document at start-up as it does in production.
     */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext applicationContext) {
            var client = "spring.security.oauth2.client.registration." + REGISTRATION + ".";
            applicationContext.getEnvironment().getPropertySources().addFirst(new MapPropertySource(
                    "testIdentityProvider", Map.of(
                            client + "client-id", CLIENT_ID,
                            client + "client-secret", CLIENT_SECRET,
                            client + "client-name", CLIENT_NAME,
                            client + "scope", "openid,profile,email",
                            "spring.security.oauth2.client.provider." + REGISTRATION + ".issuer-uri", issuer())));
        }
    }
}
