package dk.sambo.portal.overview.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Serves the overview's stylesheet ({@code @StyleSheet("overview.css")} on the view). Vaadin's security
 * configuration lets through only the stylesheets of the app shell and refuses other static files with 403, so
 * without this the view renders unstyled. The file holds no data.
 */
@Configuration
class OverviewStyles {

    @Bean
    @Order(1)
    SecurityFilterChain overviewStylesheet(HttpSecurity http) throws Exception {
        http.securityMatcher("/overview.css").authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
