package dk.sambo.portal.admin;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.security.LoginThrottle;
import dk.sambo.portal.security.LoginThrottle.BlockedAccount;
import dk.sambo.portal.security.LoginThrottle.BlockedAddress;
import dk.sambo.portal.shared.ui.Feedback;
import dk.sambo.portal.shared.ui.Formats;

/** Usernames and client addresses the login throttle holds back now, and lifting them (issue 10). */
@Route("admin/login-spaerringer")
@RolesAllowed("ADMIN")
@Menu(order = 93, title = "nav.admin.login-locks", icon = "vaadin:lock")
class LoginLocksView extends VerticalLayout implements HasDynamicTitle {

    private final LoginThrottle throttle;
    private final Grid<BlockedAccount> accounts = new Grid<>();
    private final Grid<BlockedAddress> addresses = new Grid<>();

    LoginLocksView(LoginThrottle throttle) {
        this.throttle = throttle;
        setSizeFull();
        accounts.addClassName("login-locks-accounts");
        // The throttle keeps only a keyed hash of the typed name: the account it belongs to, or "ukendt login".
        accounts.addColumn(this::name).setHeader(getTranslation("admin.login-locks.username"));
        accounts.addColumn(BlockedAccount::failures).setHeader(getTranslation("admin.login-locks.failures"))
                .setAutoWidth(true);
        accounts.addColumn(a -> Formats.dateTime(a.lastFailure(), getLocale()))
                .setHeader(getTranslation("admin.login-locks.last"));
        accounts.addColumn(a -> Formats.dateTime(a.until(), getLocale()))
                .setHeader(getTranslation("admin.login-locks.until"));
        accounts.addColumn(a -> getTranslation(a.locked() ? "admin.login-locks.locked" : "admin.login-locks.delayed"))
                .setHeader(getTranslation("admin.login-locks.state")).setAutoWidth(true);
        accounts.addComponentColumn(a -> {
            var lift = new Button(getTranslation("admin.login-locks.lift"), e -> {
                throttle.liftKey(a.key());
                Feedback.success(getTranslation("admin.login-locks.lifted", name(a)));
                refresh();
            });
            lift.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            return lift;
        }).setKey("lift").setAutoWidth(true);
        accounts.setEmptyStateText(getTranslation("admin.login-locks.none"));
        accounts.setAllRowsVisible(true);

        addresses.addClassName("login-locks-addresses");
        addresses.addColumn(BlockedAddress::address).setHeader(getTranslation("admin.login-locks.address"));
        addresses.addColumn(a -> Math.max(1, a.retryAfter().toSeconds()))
                .setHeader(getTranslation("admin.login-locks.retry"));
        addresses.addComponentColumn(a -> {
            var lift = new Button(getTranslation("admin.login-locks.lift"), e -> {
                throttle.liftAddress(a.address());
                Feedback.success(getTranslation("admin.login-locks.lifted", a.address()));
                refresh();
            });
            lift.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return lift;
        }).setKey("lift").setAutoWidth(true);
        addresses.setEmptyStateText(getTranslation("admin.login-locks.no-addresses"));
        addresses.setAllRowsVisible(true);

        add(new H1(getTranslation("nav.admin.login-locks")), new Paragraph(getTranslation("admin.login-locks.explain")),
                accounts, new H2(getTranslation("admin.login-locks.addresses")), addresses);
        refresh();
    }

    private String name(BlockedAccount account) {
        return account.username() != null ? account.username() : getTranslation("admin.login-locks.unknown");
    }

    private void refresh() {
        accounts.setItems(throttle.blockedAccounts());
        addresses.setItems(throttle.blockedAddresses());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.login-locks");
    }
}
