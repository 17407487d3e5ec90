package dk.sambo.portal.training;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The training views' stylesheet ({@code META-INF/resources/training.css}, loaded by {@code @StyleSheet}) is a
 * static file with nothing secret in it. Vaadin's security set-up permits only the app shell's stylesheets, so
 * without this the browser gets 403 for it and the calendar pages lose their layout.
 */
@Configuration
class TrainingWebConfig {

    @Bean
    WebSecurityCustomizer trainingStylesheet() {
        return web -> web.ignoring().requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/training.css"));
    }
}
