package dk.sambo.portal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;

import dk.sambo.portal.qa.domain.FollowKind;
import dk.sambo.portal.qa.service.Asking;
import dk.sambo.portal.qa.service.Follows;
import dk.sambo.portal.qa.service.QuestionDraft;
import dk.sambo.portal.shared.i18n.PortalI18NProvider;
import dk.sambo.portal.training.domain.SignUps;
import dk.sambo.portal.training.domain.CalendarFiles;
import dk.sambo.portal.training.domain.CalendarFilter;
import dk.sambo.portal.training.domain.TrainingCalendar;

/**
 * Issue 9: no page crashes, for any person, in any state. For every demo account of the README, after it has used
 * each feature once (asked a question, signed up for a session, created a calendar link, followed a topic), open
 * every menu entry the account's side navigation really shows, in Danish and in English, and from each the detail
 * pages it links to (questions, sessions, guidance, spreading decisions, the overview drilled down to a unit) and
 * the first rows of its grids. Every page must open without an error page, a "not found" page or an exception,
 * every text field must carry a maxLength (so a huge paste is cut in the browser), and nothing may be logged at
 * ERROR level or with an exception.
 */
class PortalCrawlTest extends KaribuTest {

    /** The README's demo accounts, all twelve. */
    static final List<String> ACCOUNTS = List.of("sygeplejerske", "hjemmehjaelper", "sygehus", "kulturbaerer",
            "kulturbaerer2", "leder", "direktoer", "strategisk", "implementering", "politiker", "region", "admin");

    /** Detail pages followed per kind of page (the path with its numbers blanked) per account and language. */
    private static final int PER_PATTERN = 2;
    private static final int MAX_DEPTH = 2;
    private static final int GRID_ROWS = 2;

    @Autowired
    Asking asking;
    @Autowired
    TrainingCalendar calendar;

    @Autowired
    SignUps signUps;
    @Autowired
    CalendarFiles files;
    @Autowired
    Follows follows;

    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> used = new HashMap<>();
    private int pagesOpened;

    @Test
    void every_demo_account_opens_every_menu_entry_and_detail_page_in_both_languages_without_an_error() {
        var allMenus = new LinkedHashSet<String>();
        try (var log = new LogCapture()) {
            for (var account : ACCOUNTS) {
                fresh(PortalI18NProvider.DANISH);
                login(account);
                useEachFeature(account);
                for (var locale : PortalI18NProvider.LOCALES) {
                    fresh(locale);
                    login(account);
                    allMenus.addAll(crawl(account, locale));
                }
            }
            assertThat(failures).as("pages that failed").isEmpty();
            assertThat(log.errors()).as("errors and exceptions in the log").isEmpty();
        }
        // The crawl must really have covered the portal, or it proves nothing.
        assertThat(allMenus).as("menu entries seen over all accounts").hasSizeGreaterThanOrEqualTo(20);
        assertThat(pagesOpened).isGreaterThan(300);
        assertThat(used.getOrDefault("calendar-link", 0)).isEqualTo(ACCOUNTS.size());
        assertThat(used.getOrDefault("asked", 0)).isGreaterThanOrEqualTo(6);
        assertThat(used.getOrDefault("signed-up", 0)).isGreaterThanOrEqualTo(5);
        assertThat(used.getOrDefault("followed", 0)).isGreaterThanOrEqualTo(6);
    }

    /** A new UI (the side navigation is built for the person logged in when it is first shown). */
    private void fresh(Locale locale) {
        tearDownVaadin();
        setUpVaadin();
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    /** What a new user does first; a feature the account's roles do not offer is skipped. */
    private void useEachFeature(String account) {
        try {
            asking.ask(new QuestionDraft("Hvem sender plejeforløbsplanen, spurgt af " + account + "?",
                    "Spørgsmål stillet før gennemgangen af alle sider.", "COMMUNICATION", List.of("crawl"), null,
                    null));
            count("asked");
        } catch (RuntimeException refused) {
            // a role without the right to ask
        }
        var now = clock.instant();
        List<dk.sambo.portal.training.domain.CalendarEntry> sessions;
        try {
            sessions = calendar.calendar(now, now.plus(Duration.ofDays(120)), CalendarFilter.ALL);
        } catch (RuntimeException refused) {
            sessions = List.of();
        }
        for (var entry : sessions) {
            if (entry.cancelled() || entry.mine() || !entry.start().isAfter(now)) {
                continue;
            }
            try {
                signUps.signUp(entry.id());
                count("signed-up");
                break;
            } catch (RuntimeException notForMe) {
                // not in the session's audience, full or closed: try the next
            }
        }
        files.mySubscriptionToken();
        count("calendar-link");
        try {
            follows.follow(FollowKind.TOPIC, "COMMUNICATION");
            count("followed");
        } catch (RuntimeException refused) {
            // a role without questions
        }
    }

    private void count(String feature) {
        used.merge(feature, 1, Integer::sum);
    }

    /** Opens every menu entry and what it links to; returns the menu entries seen. */
    private Set<String> crawl(String account, Locale locale) {
        var where = account + " (" + locale.getLanguage() + ")";
        open(where, "");
        var menu = new LinkedHashSet<String>();
        for (var item : _find(SideNavItem.class)) {
            if (item.getPath() != null) {
                menu.add(item.getPath());
            }
        }
        if (menu.size() < 3) {
            failures.add(where + ": only " + menu + " in the menu");
        }
        var visited = new LinkedHashSet<String>();
        var perPattern = new HashMap<String, Integer>();
        var queue = new ArrayDeque<Map.Entry<String, Integer>>();
        menu.forEach(path -> queue.add(Map.entry(path, 0)));
        queue.add(Map.entry("notifikationer", 1));
        while (!queue.isEmpty()) {
            var next = queue.poll();
            var path = next.getKey();
            if (!visited.add(path)) {
                continue;
            }
            if (next.getValue() > 0 && perPattern.merge(path.replaceAll("[0-9]+", "#").replaceAll("\\?.*", "?"), 1,
                    Integer::sum) > PER_PATTERN) {
                continue;
            }
            if (!open(where, path)) {
                continue;
            }
            checkFields(where, path);
            var links = new LinkedHashSet<String>();
            collectLinks(UI.getCurrent(), links);
            visitGrids(where, path, links);
            if (path.startsWith("overblik")) {
                drillDown(where, path);
            }
            if (next.getValue() < MAX_DEPTH) {
                links.forEach(link -> queue.add(Map.entry(link, next.getValue() + 1)));
            }
        }
        return menu;
    }

    /** Navigates and checks the page; false when it failed. */
    private boolean open(String where, String path) {
        try {
            int query = path.indexOf('?');
            if (query < 0) {
                navigate(path);
            } else {
                UI.getCurrent().navigate(path.substring(0, query),
                        QueryParameters.fromString(path.substring(query + 1)));
            }
            pagesOpened++;
        } catch (Throwable e) {
            failures.add(where + " " + path + ": " + e);
            return false;
        }
        return isFine(where, path);
    }

    private boolean isFine(String where, String path) {
        var view = UI.getCurrent().getCurrentView();
        var name = org.springframework.util.ClassUtils.getUserClass(view).getSimpleName();
        // The login page itself, not a page whose name merely mentions logins ("Login-spærringer").
        if (view.getElement().getClassList().contains("error-view") || name.contains("Error")
                || name.contains("NotFound") || name.equals("LoginView") || name.contains("NoAccess")) {
            failures.add(where + " " + path + ": shows " + name);
            return false;
        }
        return true;
    }

    /** Every text input the person can type into carries a maxLength, so a huge paste stops in the browser. */
    private void checkFields(String where, String path) {
        for (var field : _find(TextField.class)) {
            if (!field.isReadOnly() && field.getMaxLength() <= 0) {
                failures.add(where + " " + path + ": text field without maxLength: " + describe(field));
            }
        }
        for (var field : _find(com.vaadin.flow.component.textfield.EmailField.class)) {
            if (!field.isReadOnly() && field.getMaxLength() <= 0) {
                failures.add(where + " " + path + ": e-mail field without maxLength: " + describe(field));
            }
        }
        for (var field : _find(TextArea.class)) {
            if (!field.isReadOnly() && field.getMaxLength() <= 0) {
                failures.add(where + " " + path + ": text area without maxLength: " + describe(field));
            }
        }
    }

    private static String describe(Component field) {
        var label = field.getElement().getProperty("label");
        return label != null ? label : String.join(" ", field.getElement().getClassList());
    }

    private static void collectLinks(Component root, Set<String> links) {
        for (var anchor : _find(root, Anchor.class)) {
            if (anchor.isVisible()) {
                add(anchor.getHref(), links);
            }
        }
        for (var link : _find(root, RouterLink.class)) {
            if (link.isVisible()) {
                add(link.getHref(), links);
            }
        }
    }

    private static void add(String href, Set<String> links) {
        if (href == null || href.isBlank() || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || href.startsWith("VAADIN")
                || href.startsWith("/") || href.startsWith("#")) {
            return; // external (https:, mailto:, webcal:), downloads and anchors within the page
        }
        links.add(href);
    }

    /**
     * The first rows of each grid on the page: links in component cells (question cards, session titles) go to
     * the queue; a row click (a spreading decision, a barrier, a person) is tried, and where it navigates, the
     * page it opens is checked and the crawl goes back.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void visitGrids(String where, String path, Set<String> links) {
        var view = UI.getCurrent().getCurrentView();
        for (Grid grid : _find(view, Grid.class)) {
            int rows = Math.min(GRID_ROWS, GridKt._size(grid));
            for (int i = 0; i < rows; i++) {
                var item = GridKt._get(grid, i);
                for (var column : (List<Grid.Column>) grid.getColumns()) {
                    if (column.getRenderer() instanceof ComponentRenderer renderer) {
                        collectLinks(renderer.createComponent(item), links);
                    }
                }
                try {
                    GridKt._clickItem(grid, i);
                } catch (Throwable e) {
                    failures.add(where + " " + path + ": clicking row " + i + " of a grid: " + e);
                    continue;
                }
                closeDialogs();
                var now = UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters();
                if (!now.equals(path) && isFine(where, now)) {
                    pagesOpened++;
                    collectLinks(UI.getCurrent(), links);
                }
                if (!now.equals(path) && !open(where, path)) {
                    return;
                }
                view = UI.getCurrent().getCurrentView();
            }
        }
    }

    /** The overview from the person's starting point down to a unit, one drillable row at a time. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private void drillDown(String where, String path) {
        for (int level = 0; level < 4; level++) {
            Button drill = null;
            for (Grid grid : _find(UI.getCurrent().getCurrentView(), Grid.class)) {
                if (GridKt._size(grid) == 0 || grid.getColumnByKey("name") == null) {
                    continue;
                }
                if (grid.getColumnByKey("name").getRenderer() instanceof ComponentRenderer renderer) {
                    var cell = renderer.createComponent(GridKt._get(grid, 0));
                    if (cell instanceof Button button) {
                        drill = button;
                    }
                }
            }
            if (drill == null) {
                return;
            }
            try {
                drill.click();
                pagesOpened++;
            } catch (Throwable e) {
                failures.add(where + " " + path + ": drilling into " + drill.getText() + ": " + e);
                return;
            }
            if (!isFine(where, path + " > " + drill.getText())) {
                return;
            }
        }
    }

    private static void closeDialogs() {
        _find(Dialog.class).forEach(Dialog::close);
        _find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).forEach(d -> d.close());
    }
}
