package dk.sambo.portal.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The local login's password check. Spring's default looks at the account's status before the password, so a
 * deactivated person learnt "wrong user name or password" even with the right one. Here the password comes first
 * and the status only after it: someone who knows the password of a deactivated account is told that the access
 * has ended (and whom to ask), while a wrong password gives the same answer for every name, existing or not, with
 * Spring's timing protection for unknown names kept.
 */
@Configuration
class LocalAuthentication {

    @Bean
    DaoAuthenticationProvider localAuthenticationProvider(LocalUserDetailsService users, PasswordEncoder encoder) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }
}
