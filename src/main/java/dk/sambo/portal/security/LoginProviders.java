package dk.sambo.portal.security;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The organisations' identity providers configured for login, as the login page lists them (one button each),
 * with whether each can be used right now (a provider that did not answer is retried in the background).
 */
@Component
public class LoginProviders {

    private final ObjectProvider<ResilientClientRegistrations> registrations;

    LoginProviders(ObjectProvider<ResilientClientRegistrations> registrations) {
        this.registrations = registrations;
    }

    public List<Provider> all() {
        var repository = registrations.getIfAvailable();
        if (repository == null) {
            return List.of();
        }
        return repository.providers().stream()
                .map(p -> new Provider(p.registrationId(), p.name(), p.available()))
                .toList();
    }

    /**
     * One identity provider: where its login starts, the name people know it by, and whether it answered (an
     * unavailable one is shown but cannot be clicked).
     */
    public record Provider(String registrationId, String name, boolean available) {

        public String loginPath() {
            return "/oauth2/authorization/" + registrationId;
        }
    }
}
