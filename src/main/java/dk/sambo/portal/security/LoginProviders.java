package dk.sambo.portal.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** The organisations' identity providers configured for login, as the login page lists them (one button each). */
@Component
public class LoginProviders {

    private final List<Provider> providers;

    LoginProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        var found = new ArrayList<Provider>();
        if (registrations.getIfAvailable() instanceof Iterable<?> iterable) {
            for (Object o : iterable) {
                if (o instanceof ClientRegistration registration) {
                    found.add(new Provider(registration.getRegistrationId(), registration.getClientName()));
                }
            }
        }
        this.providers = List.copyOf(found);
    }

    public List<Provider> all() {
        return providers;
    }

    /** One identity provider: where its login starts and the name people know it by. */
    public record Provider(String registrationId, String name) {

        public String loginPath() {
            return "/oauth2/authorization/" + registrationId;
        }
    }
}
