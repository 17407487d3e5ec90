package dk.sambo.portal.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The identity providers' registrations as {@link ResilientClientRegistrations} instead of Spring Boot's eager
 * repository (which Boot then leaves out: it backs off when a {@code ClientRegistrationRepository} exists).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({OAuth2ClientProperties.class, OidcDiscoveryProperties.class})
class OidcClientConfiguration {

    @Bean
    @ConditionalOnOAuth2ClientRegistrationProperties
    ResilientClientRegistrations clientRegistrationRepository(OAuth2ClientProperties properties,
            OidcDiscoveryProperties discovery, Environment environment) {
        var analyzer = new OidcConfigurationFailureAnalyzer(environment);
        return new ResilientClientRegistrations(properties, discovery, failure -> {
            var analysis = analyzer.analyze(failure);
            return analysis == null ? String.valueOf(failure) : analysis.getDescription();
        });
    }
}
