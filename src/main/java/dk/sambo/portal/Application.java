package dk.sambo.portal;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

import dk.sambo.portal.shared.PortalTimeZone;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The SAM:BO portal. Feature modules live in the sub-packages; {@code shared} holds what all of them use.
 *
 * <p>Deliberately not a {@code @PWA}: Vaadin serves the PWA's icons through its request handlers, which open a
 * Vaadin session. A favicon request the browser sent with the pre-login session id and that arrived after login
 * had changed the id created a fresh anonymous session, and its cookie replaced the logged-in one: the person was
 * back on the login page at the next click. The favicon is now a static file, served without a session, and a
 * portal that needs the server for every screen gains nothing from an offline page or an install prompt.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(sharedModules = "shared")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }

    /**
     * All time in the portal comes from here, so tests can move it. It runs in the portal's one time zone
     * ({@code portal.time-zone}, default Europe/Copenhagen), never the server's: {@code LocalDate.now(clock)} is
     * the Danish date on a server in UTC too.
     */
    @Bean
    Clock clock(@Value(PortalTimeZone.PLACEHOLDER) String zone) {
        return Clock.system(PortalTimeZone.use(ZoneId.of(zone)));
    }
}
