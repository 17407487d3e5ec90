package dk.sambo.portal.security.ui;


import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import dk.sambo.portal.security.LoginProviders;
import dk.sambo.portal.security.PortalSecurityProperties;
import dk.sambo.portal.shared.ui.LanguageSwitch;

/**
 * The login page: one button per configured identity provider, and the local login form where that is switched
 * on (the embedded demo run).
 */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "login";
    public static final String PATH = "/" + ROUTE;
    /** Query parameter: the login was held back by the throttle; its value is the seconds to wait. */
    public static final String WAIT = "wait";
    /** Query parameter: the right password of a deactivated person. */
    public static final String ENDED = "ended";
    /** Query parameter: a provider's button was clicked while the provider could not be reached. */
    public static final String UNAVAILABLE = "unavailable";
    /** Query parameter: the session lived on another server, which stopped (issue 12, several nodes). */
    public static final String MOVED = "moved";
    /** Query parameter: the session reached its absolute lifetime ({@code portal.session.absolute-lifetime}). */
    public static final String LIFETIME = "lifetime";
    /** Query parameter: the identity provider reported no multi-factor login for a role that needs one. */
    public static final String STRONGER = "mfa";

    private final LoginForm form = new LoginForm();
    private final Paragraph unavailableNotice = new Paragraph();
    private final Paragraph movedNotice = new Paragraph();

    /** The absolute session lifetime in whole hours, for the notice (at least 1). */
    private final long lifetimeHours;

    LoginView(PortalSecurityProperties properties, LoginProviders loginProviders,
            @org.springframework.beans.factory.annotation.Value("${portal.session.absolute-lifetime:12h}")
            java.time.Duration absoluteLifetime) {
        this.lifetimeHours = Math.max(1, absoluteLifetime.toHours());
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var card = new Div();
        card.addClassName("login-card");
        card.add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.intro")));

        var providers = loginProviders.all();
        card.add(unavailableNotice);
        unavailableNotice.setVisible(false);
        movedNotice.addClassName("login-session-moved");
        movedNotice.getElement().setAttribute("role", "status");
        movedNotice.setVisible(false);
        card.add(movedNotice);
        for (var provider : providers) {
            if (provider.available()) {
                var button = new Anchor(provider.loginPath(), getTranslation("login.provider", provider.name()));
                button.setRouterIgnore(true);
                button.addClassName("login-provider");
                card.add(button);
            } else {
                // Shown, so people know their login exists, but not clickable until the provider answers again.
                var button = new Span(getTranslation("login.provider.unavailable", provider.name()));
                button.addClassNames("login-provider", "login-provider-unavailable");
                button.getElement().setAttribute("aria-disabled", "true");
                card.add(button);
            }
        }
        if (properties.localLogin()) {
            form.setAction("login");
            form.setForgotPasswordButtonVisible(false);
            form.setI18n(i18n());
            card.add(form);
            if (!properties.demoAccounts().isEmpty()) {
                var hint = new Paragraph(getTranslation("login.demo-hint", String.join(", ",
                        properties.demoAccounts())));
                hint.addClassName("demo-hint");
                card.add(hint);
            }
        } else if (providers.isEmpty()) {
            card.add(new Paragraph(getTranslation("login.none-configured")));
        }
        card.add(new LanguageSwitch());
        add(card);
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var formI18n = i18n.getForm();
        formI18n.setTitle(getTranslation("login.local.title"));
        formI18n.setUsername(getTranslation("login.local.username"));
        formI18n.setPassword(getTranslation("login.local.password"));
        formI18n.setSubmit(getTranslation("login.local.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var i18n = i18n();
        var wait = parameters.getOrDefault(WAIT, java.util.List.of()).stream().findFirst()
                .filter(s -> s.matches("\\d{1,7}"));
        if (wait.isPresent()) {
            // The same words for every name, known or not: the throttle counts unknown names too.
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message",
                    Integer.parseInt(wait.get())));
        } else if (parameters.containsKey(ENDED)) {
            i18n.getErrorMessage().setTitle(getTranslation("login.ended.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.ended.message"));
        }
        if (wait.isPresent() || parameters.containsKey(ENDED)) {
            form.setI18n(i18n);
        }
        form.setError(parameters.containsKey("error") || wait.isPresent() || parameters.containsKey(ENDED));
        unavailableNotice.setText(getTranslation(parameters.containsKey(STRONGER) ? "security.login.stronger-needed"
                : "login.unavailable"));
        unavailableNotice.setVisible(parameters.containsKey(UNAVAILABLE) || parameters.containsKey(STRONGER));
        // One notice about the session: it moved to another server, or it reached its absolute lifetime.
        movedNotice.setText(parameters.containsKey(MOVED) ? getTranslation("login.session-moved")
                : getTranslation("login.session-lifetime", lifetimeHours));
        movedNotice.setVisible(parameters.containsKey(MOVED) || parameters.containsKey(LIFETIME));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
