package dk.sambo.portal;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/** The SAM:BO portal. Feature modules live in the sub-packages; {@code shared} holds what all of them use. */
@SpringBootApplication
@EnableScheduling
@Modulithic(sharedModules = "shared")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Push
@PWA(name = "SAM:BO-portalen", shortName = "SAM:BO")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** All time in the portal comes from here, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
