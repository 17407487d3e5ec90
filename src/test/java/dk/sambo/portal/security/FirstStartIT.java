package dk.sambo.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import dk.sambo.portal.TestClockConfiguration;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.e2e.PortalHttp;
import dk.sambo.portal.e2e.TestIdentityProvider;
import dk.sambo.portal.e2e.WebClient;
import dk.sambo.portal.organisation.ImportPreview.Kind;
import dk.sambo.portal.organisation.OrganisationFile;
import dk.sambo.portal.organisation.OrganisationImport;
import dk.sambo.portal.organisation.OrganisationService;
import dk.sambo.portal.organisation.Role;

/**
 * The first start of a region's installation, as its IT department meets it: an empty database (reference data
 * only, no demo profile, no local login), one identity provider, and {@code portal.bootstrap.admins}. The first
 * administrator logs in, loads a generated HR file of units and people, and a person from the file then logs in
 * and lands on their start page. A second e-mail on the bootstrap list gets nothing once an administrator exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:sambo-first-start;hsqldb.tx=mvcc",
        "portal.bootstrap.admins=Forste.Admin@rsyd.example, reserve.admin@rsyd.example"})
@ActiveProfiles({"test", "server-test"})
@Import(TestClockConfiguration.class)
@ContextConfiguration(initializers = TestIdentityProvider.Initializer.class)
class FirstStartIT {

    /** This class starts a portal context of its own, whose Vaadin replaces the global security-context
     * strategy; the end-to-end tests after it run on the shared server context and need theirs back. */
    private static org.springframework.security.core.context.SecurityContextHolderStrategy strategyBefore;

    @org.junit.jupiter.api.BeforeAll
    static void rememberSecurityContextStrategy() {
        strategyBefore = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
    }

    @org.junit.jupiter.api.AfterAll
    static void restoreSecurityContextStrategy() {
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }


    @LocalServerPort
    int port;

    @Autowired
    OrganisationImport imports;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AuditLog audit;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void bootstrap_administrator_loads_the_organisation_and_a_person_from_the_file_logs_in() {
        var portal = new PortalHttp(port);
        asSystemAdmin();
        assertThat(organisations.organisations()).hasSizeGreaterThan(20);
        assertThat(organisations.unitsOf(organisations.organisations().getFirst().id())).isEmpty();
        SecurityContextHolder.clearContext();

        // 1. The first administrator logs in through the identity provider.
        TestIdentityProvider.claims("forste-admin", "Frida Førstemand", "forste.admin@rsyd.example", true);
        var admin = new WebClient();
        var landed = loginThroughProvider(portal, admin, "forste-admin");
        assertThat(landed.uri()).isEqualTo(portal.uri("/"));
        assertThat(portal.reachesStartPage(admin)).isTrue();
        asSystemAdmin();
        var grant = audit.latest(200).stream().filter(e -> e.getAction().equals("BOOTSTRAP_ADMIN_GRANTED"))
                .toList();
        assertThat(grant).singleElement().satisfies(e -> assertThat(e.getDetails()).contains("person created"));
        long adminId = Long.parseLong(grant.getFirst().getObjectId());

        // 2. ... and loads a generated HR file (as the import view does: read, preview, save).
        var file = generatedFile();
        var rows = OrganisationFile.read("hr-eksport.csv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        var preview = imports.preview(rows, true);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.count(Kind.UNIT_ADD)).isEqualTo(3 * 6);
        assertThat(preview.count(Kind.PERSON_ADD)).isEqualTo(3 * 5 * 4);
        imports.apply(rows, true);
        assertThat(imports.preview(rows, true).changes()).isEmpty();
        var kolding = organisations.organisations().stream().filter(o -> o.code().equals("KOLDING_KOMMUNE"))
                .findFirst().orElseThrow();
        assertThat(organisations.unitsOf(kolding.id())).hasSize(6);
        SecurityContextHolder.clearContext();

        // 3. A person from the file logs in and lands on their start page.
        TestIdentityProvider.claims("sara-idp", "Sara Sygeplejerske", "kolding.p1.1@kolding.example", true);
        var sara = new WebClient();
        var saraLanded = loginThroughProvider(portal, sara, "sara-idp");
        assertThat(saraLanded.uri()).isEqualTo(portal.uri("/"));
        assertThat(saraLanded.status()).isEqualTo(200);
        assertThat(portal.reachesStartPage(sara)).isTrue();

        // 4. The bootstrap does nothing once an administrator exists: the reserve gets the no-access page.
        TestIdentityProvider.claims("reserve-idp", "Rene Reserve", "reserve.admin@rsyd.example", true);
        var reserve = loginThroughProvider(portal, new WebClient(), "reserve-idp");
        assertThat(reserve.uri()).isEqualTo(portal.uri("/ingen-adgang"));
        asSystemAdmin();
        assertThat(audit.latest(500)).filteredOn(e -> e.getAction().equals("BOOTSTRAP_ADMIN_GRANTED")).hasSize(1);
        assertThat(audit.forObject("Person", adminId, 20)).extracting(e -> e.getAction())
                .contains("BOOTSTRAP_ADMIN_GRANTED", "IDENTITY_LINKED");
        assertThat(organisations.roleHolders(Role.ADMIN, dk.sambo.portal.organisation.ScopeType.REGION, null))
                .extracting(p -> p.id()).containsExactly(adminId);
    }

    /** Three organisations, each one top unit with five teams, four people per team, one of them the leader. */
    private static String generatedFile() {
        var csv = new StringBuilder("unit_code;unit_name;parent_code;organisation;email;name;job_title;"
                + "knowledge_target;leader\n");
        for (var org : List.of("KOLDING_KOMMUNE", "VEJLE_KOMMUNE", "SYGEHUS_LILLEBAELT")) {
            var prefix = org.split("_")[0].toLowerCase(java.util.Locale.ROOT);
            csv.append(prefix).append("-top;").append(org).append(" sundhed;;").append(org).append(";;;;;\n");
            for (int team = 1; team <= 5; team++) {
                csv.append(prefix).append("-t").append(team).append(";Team ").append(team).append(";")
                        .append(prefix).append("-top;").append(org).append(";;;;;\n");
                for (int p = 1; p <= 4; p++) {
                    csv.append(prefix).append("-t").append(team).append(";;;").append(org).append(";")
                            .append(prefix).append(".p").append(team).append('.').append(p).append('@')
                            .append(prefix).append(".example;Person ").append(team).append('-').append(p)
                            .append(";Sygeplejerske;").append(p == 1 ? "dybdegående" : "overordnet").append(';')
                            .append(p == 1 ? "ja" : "nej").append('\n');
                }
            }
        }
        return csv.toString();
    }

    private static void asSystemAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "first-start-test", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
    }

    /**
     * ASVS 5.0 6.3.2: without the demo profile there is no default account. No person has a local password, the
     * demo accounts' login names find nobody, and a login post with the demo's {@code admin}/{@code demo} is
     * refused like any wrong password.
     */
    @Test
    void the_production_profile_has_no_local_account_with_a_password_and_the_demo_login_is_refused() {
        assertThat(jdbc.queryForObject("select count(*) from person where password_hash is not null", Long.class))
                .isZero();
        for (var demo : List.of("admin", "sygeplejerske", "leder", "region")) {
            assertThatThrownBy(() -> users.loadUserByUsername(demo))
                    .isInstanceOf(org.springframework.security.core.userdetails.UsernameNotFoundException.class);
        }
        var portal = new PortalHttp(port);
        var browser = new WebClient();
        var answer = portal.loginLocally(browser, "admin", "demo");
        assertThat(answer.isRedirect()).isTrue();
        assertThat(answer.redirectTarget().getPath()).isEqualTo("/login");
        assertThat(answer.redirectTarget().getQuery()).isEqualTo("error");
        assertThat(portal.reachesStartPage(browser)).isFalse();
    }

    private static WebClient.Response loginThroughProvider(PortalHttp portal, WebClient browser, String login) {
        var providerLogin = browser.followRedirects(
                browser.get(portal.uri("/oauth2/authorization/" + TestIdentityProvider.REGISTRATION)));
        assertThat(providerLogin.uri().getPath()).isEqualTo("/login");
        var answer = browser.postForm(providerLogin.uri(), WebClient.form("username", login,
                "password", TestIdentityProvider.PASSWORD, "_csrf", providerLogin.csrfInput()));
        var landed = browser.followRedirects(answer);
        assertThat(landed.uri().getHost()).as("back at the portal after %s", landed.hops()).isEqualTo(portal.host());
        return landed;
    }
}
