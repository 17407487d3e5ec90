package dk.sambo.portal.scim;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The SCIM endpoints' own filter chain, before the portal's browser chain: stateless (no session is read or
 * created, so a browser login counts for nothing here), no CSRF (no cookies are honoured), bearer token only.
 * Without a valid token the answer is 401 with a SCIM error body.
 */
@Configuration
class ScimSecurityConfig {

    static final String ROLE = "ROLE_SCIM";

    @Bean
    @Order(1)
    SecurityFilterChain scimFilterChain(HttpSecurity http, ScimTokens tokens) throws Exception {
        http.securityMatcher("/scim/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(r -> r.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .anonymous(a -> a.disable())
                .addFilterBefore(new BearerFilter(tokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("SCIM"))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> ScimController.error(response, 401,
                                null, "A valid bearer token is required"))
                        .accessDeniedHandler((request, response, ex) -> ScimController.error(response, 403,
                                null, "Not allowed")));
        return http.build();
    }

    /** Authenticates a request by its {@code Authorization: Bearer} header, for this request only. */
    static final class BearerFilter extends OncePerRequestFilter {

        private final ScimTokens tokens;

        BearerFilter(ScimTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                var token = tokens.authenticate(header.substring(7).strip());
                if (token.isPresent()) {
                    var client = new ScimClient(token.get().getOrganisationId(), token.get().id());
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(client, null,
                            List.of(new SimpleGrantedAuthority(ROLE))));
                    SecurityContextHolder.setContext(context);
                }
            }
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
