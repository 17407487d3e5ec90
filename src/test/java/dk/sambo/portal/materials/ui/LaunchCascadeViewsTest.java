package dk.sambo.portal.materials.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import dk.sambo.portal.KaribuTest;
import dk.sambo.portal.TestClock;
import dk.sambo.portal.home.PageText;
import dk.sambo.portal.shared.ui.Formats;

/**
 * The cascade's two screens on the demo data: the cluster's page (materialer/lancering) for its levels, and the
 * card on the start page of the organisation's leaders. Rolled back after each test.
 */
@Transactional
class LaunchCascadeViewsTest extends KaribuTest {

    private static List<Div> rows() {
        return _find(Div.class, s -> s.withClasses("cascade-row"));
    }

    private static Div row(String organisation) {
        return rows().stream().filter(d -> organisation.equals(d.getElement().getAttribute("data-organisation")))
                .findFirst().orElseThrow();
    }

    private static String texts(Div div) {
        return String.join(" | ", _find(div, Span.class).stream().map(Span::getText).toList());
    }

    private static String day(Instant at, Locale locale) {
        return Formats.date(at.atZone(Formats.zone()).toLocalDate(), locale);
    }

    @Test
    void the_implementing_level_sees_its_cluster_with_the_missing_first_and_forwards_to_one_organisation() {
        login("implementering");
        navigate("materialer/lancering");
        assertThat(rows()).extracting(d -> d.getElement().getAttribute("data-organisation")).containsExactly(
                "Kolding Kommune", "Almen praksis (PLO Syddanmark)", "Fredericia Kommune",
                "Psykiatrien i Region Syddanmark", "Vejle Kommune", "Middelfart Kommune", "Sygehus Lillebælt");
        assertThat(_get(Paragraph.class, s -> s.withClasses("cascade-summary")).getText())
                .isEqualTo("2 af 7 organisationer har givet pakken videre lokalt · 5 mangler");
        // One cluster only: no cluster choice.
        assertThat(_find(Select.class)).isEmpty();
        var da = Locale.forLanguageTag("da");
        var forwarded = TestClock.START.minus(Duration.ofDays(45));
        assertThat(texts(row("Kolding Kommune"))).contains("Ikke sendt", "5 ledere modtager besked");
        assertThat(texts(row("Fredericia Kommune"))).contains("Sendt " + day(forwarded, da),
                "Sendt " + day(forwarded, da) + " af Trine Nørgaard",
                "Senest påmindet " + day(TestClock.START.minus(Duration.ofDays(10)), da));
        var received = day(TestClock.START.minus(Duration.ofDays(38)), da);
        assertThat(texts(row("Vejle Kommune"))).contains("Modtaget " + received + " |",
                "Modtaget " + received + " af ").contains("(leder med personaleansvar)");
        assertThat(texts(row("Fredericia Kommune"))).contains("1 leder modtager besked");
        assertThat(texts(row("Sygehus Lillebælt")))
                .contains("Givet videre lokalt " + day(TestClock.START.minus(Duration.ofDays(21)), da));
        assertThat(_find(row("Sygehus Lillebælt"), Button.class)).isEmpty();
        assertThat(_find(row("Vejle Kommune"), Button.class)).extracting(Button::getText)
                .containsExactly("Send påmindelse");

        clock.advance(Duration.ofDays(1));
        _click(_get(row("Kolding Kommune"), Button.class, s -> s.withText("Send lanceringspakken")));
        assertThat(texts(row("Kolding Kommune"))).contains("Sendt " + day(clock.instant(), da));
        assertThat(_find(row("Kolding Kommune"), Button.class)).extracting(Button::getText)
                .containsExactly("Send påmindelse");
        // Everyone has it now: "send to all" has nothing left to do.
        assertThat(_get(Button.class, s -> s.withClasses("cascade-forward-all")).isEnabled()).isFalse();
    }

    @Test
    void an_administrator_chooses_the_cluster_and_forwards_to_all_that_have_not_had_it() {
        login("admin");
        navigate("materialer/lancering");
        @SuppressWarnings("unchecked")
        Select<dk.sambo.portal.organisation.ClusterSummary> cluster = _get(Select.class);
        assertThat(cluster.isVisible()).isTrue();
        var fyn = cluster.getListDataView().getItems().filter(c -> c.code().equals("FYN")).findFirst()
                .orElseThrow();
        cluster.setValue(fyn);
        assertThat(rows()).allMatch(d -> "NOT_FORWARDED".equals(d.getElement().getAttribute("data-state")));
        int organisations = rows().size();
        _click(_get(Button.class, s -> s.withClasses("cascade-forward-all")));
        assertThat(rows()).hasSize(organisations)
                .allMatch(d -> "FORWARDED".equals(d.getElement().getAttribute("data-state")));
    }

    @Test
    void the_political_level_reads_the_status_without_any_action() {
        login("politiker");
        navigate("materialer/lancering");
        assertThat(rows()).hasSize(7);
        assertThat(_find(Button.class, s -> s.withClasses("cascade-forward"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withClasses("cascade-remind"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withClasses("cascade-forward-all"))).isEmpty();
        assertThat(PageText.now()).contains("Du kan se status, men ikke sende.");
    }

    @Test
    void staff_and_leaders_cannot_open_the_clusters_page() {
        login("leder");
        assertThatThrownBy(() -> navigate("materialer/lancering")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void the_director_sees_the_package_arrive_on_his_start_page_and_confirms_receipt_then_passing_on() {
        login("direktoer");
        navigate("");
        assertThat(_find(Div.class, s -> s.withClasses("cascade-arrival"))).isEmpty();

        login("implementering");
        navigate("materialer/lancering");
        _click(_get(row("Kolding Kommune"), Button.class, s -> s.withClasses("cascade-forward")));

        login("direktoer");
        navigate("");
        var da = Locale.forLanguageTag("da");
        var arrival = _get(Div.class, s -> s.withClasses("cascade-arrival"));
        assertThat(arrival.getElement().getAttribute("data-cluster")).isEqualTo("Lillebælt");
        assertThat(PageText.now()).contains("Lanceringspakken fra Lillebælt",
                "Kolding Kommune: sundhedsklyngen sendte lanceringspakken " + day(TestClock.START, da));
        assertThat(_find(Button.class, s -> s.withClasses("cascade-confirm-passed-on"))).isEmpty();

        clock.advance(Duration.ofDays(1));
        _click(_get(Button.class, s -> s.withClasses("cascade-confirm-received")));
        assertThat(PageText.now()).contains("Modtaget " + day(clock.instant(), da) + ".");
        assertThat(_find(Button.class, s -> s.withClasses("cascade-confirm-received"))).isEmpty();

        clock.advance(Duration.ofDays(6));
        _click(_get(Button.class, s -> s.withClasses("cascade-confirm-passed-on")));
        assertThat(PageText.now()).contains("Givet videre lokalt " + day(clock.instant(), da) + ". Tak.");
        assertThat(_find(Button.class, s -> s.withClasses("cascade-confirm-passed-on"))).isEmpty();

        login("implementering");
        navigate("materialer/lancering");
        assertThat(texts(row("Kolding Kommune"))).contains("Givet videre lokalt " + day(clock.instant(), da),
                "Modtaget " + day(clock.instant().minus(Duration.ofDays(6)), da)
                        + " af Henrik Lauridsen (leder af ledere)");
        // Passed on: listed with the done ones, after the missing.
        assertThat(rows().getLast().getElement().getAttribute("data-organisation")).isIn("Kolding Kommune",
                "Sygehus Lillebælt");
        assertThat(rows().getFirst().getElement().getAttribute("data-organisation"))
                .isEqualTo("Almen praksis (PLO Syddanmark)");
    }

    @Test
    void a_leader_of_another_organisation_does_not_see_kolding_kommunes_package() {
        login("implementering");
        navigate("materialer/lancering");
        _click(_get(row("Kolding Kommune"), Button.class, s -> s.withClasses("cascade-forward")));
        login("kulturbaerer2"); // Sygeplejen Aabenraa: no leader role
        navigate("");
        assertThat(_find(Div.class, s -> s.withClasses("cascade-arrival"))).isEmpty();
    }

    @Test
    void the_screens_speak_english_to_an_english_reader() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        login("implementering");
        navigate("materialer/lancering");
        assertThat(PageText.now()).contains("The launch package on its way to the organisations", "Not sent",
                "2 of 7 organisations have passed the package on locally · 5 missing", "Send the launch package");
        _click(_get(row("Kolding Kommune"), Button.class, s -> s.withClasses("cascade-forward")));
        login("direktoer");
        navigate("");
        assertThat(PageText.now()).contains("The launch package from Lillebælt", "Confirm received");
    }
}
