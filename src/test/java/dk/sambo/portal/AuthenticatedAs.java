package dk.sambo.portal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** For service tests without a UI: run as a demo account, as the login would authenticate it. */
public final class AuthenticatedAs {

    private AuthenticatedAs() {
    }

    public static void login(UserDetailsService users, String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
    }
}
