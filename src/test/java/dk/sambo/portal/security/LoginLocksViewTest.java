package dk.sambo.portal.security;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;

import dk.sambo.portal.KaribuTest;

/** The administrator's screen of login locks (Danish): a locked name is listed and lifted with one click. */
class LoginLocksViewTest extends KaribuTest {

    @Autowired
    LoginThrottle throttle;

    @Test
    void administrator_sees_a_locked_username_and_lifts_the_lock() {
        // A name nobody has: only its keyed hash is kept, so the list says "ukendt login".
        var name = "laast-i-skaermen";
        lock(name, "192.0.2.150");
        login("admin");
        navigate("admin/login-spaerringer");
        assertThat(_get(H1.class).getText()).isEqualTo("Login-spærringer");
        @SuppressWarnings("unchecked")
        Grid<LoginThrottle.BlockedAccount> grid = _get(Grid.class, spec -> spec.withClasses("login-locks-accounts"));
        var key = throttle.key(name);
        var row = IntStream.range(0, _size(grid)).filter(i -> GridKt._get(grid, i).key().equals(key))
                .findFirst().orElseThrow();
        assertThat(_getFormattedRow(grid, row)).contains("ukendt login", "10", "Låst").doesNotContain(name);

        var lift = (Button) GridKt._getCellComponent(grid, row, "lift");
        _click(lift);

        assertThat(throttle.waitBefore(name, "192.0.2.150")).isEqualTo(Duration.ZERO);
        assertThat(IntStream.range(0, _size(grid)).mapToObj(i -> GridKt._get(grid, i).key())).doesNotContain(key);
        throttle.liftAddress("192.0.2.150");
    }

    @Test
    void a_lock_of_a_real_account_names_the_account_even_when_typed_in_capitals() {
        lock("  Hjemmehjaelper ", "192.0.2.151");
        login("admin");
        navigate("admin/login-spaerringer");
        @SuppressWarnings("unchecked")
        Grid<LoginThrottle.BlockedAccount> grid = _get(Grid.class, spec -> spec.withClasses("login-locks-accounts"));
        var row = IntStream.range(0, _size(grid))
                .filter(i -> GridKt._get(grid, i).key().equals(throttle.key("hjemmehjaelper"))).findFirst()
                .orElseThrow();
        assertThat(_getFormattedRow(grid, row)).contains("hjemmehjaelper", "10", "Låst");
        _click((Button) GridKt._getCellComponent(grid, row, "lift"));
        assertThat(throttle.waitBefore("hjemmehjaelper", "192.0.2.151")).isEqualTo(Duration.ZERO);
        throttle.liftAddress("192.0.2.151");
    }

    private void lock(String name, String address) {
        for (int failures = 1; failures <= 10; failures++) {
            throttle.failed(name, address);
            if (failures < 10) {
                clock.advance(throttle.waitBefore(name, address));
            }
        }
    }

    @Test
    void no_other_role_opens_the_login_locks() {
        login("leder");
        assertThatThrownBy(() -> navigate("admin/login-spaerringer")).isInstanceOf(MockAccessDeniedException.class);
    }
}
