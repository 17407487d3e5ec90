package dk.sambo.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.flow.i18n.I18NProvider;

import dk.sambo.portal.AuthenticatedAs;
import dk.sambo.portal.PortalTest;
import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.ImportPreview.Kind;
import dk.sambo.portal.organisation.OrganisationFile.ImportRow;
import dk.sambo.portal.organisation.domain.OrgDataQueries;
import dk.sambo.portal.organisation.domain.OrganisationRepository;

/** The HR file import: preview, idempotence, moves, deactivation of the missing, and the errors per line. */
@PortalTest
@org.springframework.test.context.event.RecordApplicationEvents
class OrganisationImportTest {

    @Autowired
    org.springframework.test.context.event.ApplicationEvents events;

    @Autowired
    OrganisationImport imports;
    @Autowired
    UserDetailsService users;
    @Autowired
    PersonAccounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    OrgDataQueries queries;
    @Autowired
    I18NProvider i18n;

    @BeforeEach
    void asAdmin() {
        AuthenticatedAs.login(users, "admin");
    }

    @AfterEach
    void logout() {
        AuthenticatedAs.logout();
    }

    private static List<ImportRow> csv(String text) {
        return OrganisationFile.read("hr.csv", new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String HEADER = "unit_code;unit_name;parent_code;organisation;cluster;email;name;job_title;knowledge_target;leader\n";

    @Test
    void preview_shows_what_would_be_added_and_stores_nothing() {
        var rows = csv(HEADER
                + "ASS-PV;Plejen Vest;;ASSENS_KOMMUNE;;;;;;\n"
                + "ASS-PV1;Plejen Vest team 1;ASS-PV;ASSENS_KOMMUNE;FYN;preview.a@assens.example;Anna Preview;Sygeplejerske;dybdegående;ja\n");

        var preview = imports.preview(rows, false);

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.count(Kind.UNIT_ADD)).isEqualTo(2);
        assertThat(preview.count(Kind.PERSON_ADD)).isEqualTo(1);
        assertThat(preview.changes()).filteredOn(c -> c.kind() == Kind.PERSON_ADD).first()
                .satisfies(c -> assertThat(c.line()).isEqualTo(3));
        assertThat(queries.unitByCode(assens(), "ASS-PV")).isEmpty();
        assertThat(queries.allPeople()).noneMatch(p -> "preview.a@assens.example".equals(p.email()));
    }

    @Test
    void the_same_file_twice_changes_nothing() {
        var rows = csv(HEADER
                + "ASS-ID;Hjemmeplejen Idem;;ASSENS_KOMMUNE;;idem.a@assens.example;Ida Idem;SSA;;nej\n"
                + "ASS-ID2;Idem underenhed;ASS-ID;Assens Kommune;;idem.b@assens.example;Bo Idem;Leder;overordnet;ja\n");

        var first = imports.apply(rows, false);
        assertThat(first.count(Kind.UNIT_ADD)).isEqualTo(2);
        assertThat(first.count(Kind.PERSON_ADD)).isEqualTo(2);
        long auditBefore = audit.latest(1_000_000).size();

        var second = imports.preview(rows, false);
        assertThat(second.errors()).isEmpty();
        assertThat(second.changes()).isEmpty();
        imports.apply(rows, false);
        // Only the import's own summary line is added.
        assertThat(audit.latest(1_000_000).size()).isEqualTo(auditBefore + 1);

        var bo = accounts.byId(personId("idem.b@assens.example")).orElseThrow();
        assertThat(bo.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.LINE_MANAGER);
        var unit = queries.unitByCode(assens(), "ASS-ID2").orElseThrow();
        assertThat(unit.getPath()).startsWith(queries.unitByCode(assens(), "ASS-ID").orElseThrow().getPath());
    }

    @Test
    void a_changed_file_moves_people_and_units_and_changes_what_differs() {
        imports.apply(csv(HEADER
                + "ASS-MA;Område A;;ASSENS_KOMMUNE;;;;;;\n"
                + "ASS-MB;Område B;;ASSENS_KOMMUNE;;;;;;\n"
                + "ASS-MT;Team;ASS-MA;ASSENS_KOMMUNE;;move.a@assens.example;Mia Flyt;SSH;;ja\n"), false);

        var preview = imports.preview(csv(HEADER
                + "ASS-MA;Område A;;ASSENS_KOMMUNE;;;;;;\n"
                + "ASS-MB;Område B (nyt navn);;ASSENS_KOMMUNE;;;;;;\n"
                + "ASS-MT;Team;ASS-MB;ASSENS_KOMMUNE;;;;;;\n"
                + "ASS-MA;;;ASSENS_KOMMUNE;;move.a@assens.example;Mia Flyt;Sygeplejerske;;nej\n"), false);

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.count(Kind.UNIT_CHANGE)).isEqualTo(1);
        assertThat(preview.count(Kind.UNIT_MOVE)).isEqualTo(1);
        assertThat(preview.count(Kind.PERSON_MOVE)).isEqualTo(1);
        assertThat(preview.changes()).filteredOn(c -> c.kind() == Kind.PERSON_CHANGE).singleElement()
                .satisfies(c -> assertThat(c.detail()).isEqualTo("job_title"));

        imports.apply(csv(HEADER
                + "ASS-MA;Område A;;ASSENS_KOMMUNE;;;;;;\n"
                + "ASS-MB;Område B (nyt navn);;ASSENS_KOMMUNE;;;;;;\n"
                + "ASS-MT;Team;ASS-MB;ASSENS_KOMMUNE;;;;;;\n"
                + "ASS-MA;;;ASSENS_KOMMUNE;;move.a@assens.example;Mia Flyt;Sygeplejerske;;nej\n"), false);

        var team = queries.unitByCode(assens(), "ASS-MT").orElseThrow();
        var b = queries.unitByCode(assens(), "ASS-MB").orElseThrow();
        assertThat(team.getPath()).isEqualTo(b.getPath() + team.id() + "/");
        assertThat(b.getName()).isEqualTo("Område B (nyt navn)");
        var mia = queries.allPeople().stream().filter(p -> "move.a@assens.example".equals(p.email())).findFirst()
                .orElseThrow();
        assertThat(mia.unitId()).isEqualTo(queries.unitByCode(assens(), "ASS-MA").orElseThrow().id());
        assertThat(mia.jobTitle()).isEqualTo("Sygeplejerske");
        assertThat(accounts.byId(mia.id()).orElseThrow().roles()).containsExactly(Role.STAFF);
    }

    @Test
    void a_full_import_deactivates_the_people_missing_from_it_and_audits_it() {
        var two = HEADER
                + "FAA-1;Sygeplejen Faaborg;;FAABORG_MIDTFYN_KOMMUNE;;full.a@faaborg.example;Alma Fuld;SSA;;\n"
                + "FAA-1;;;FAABORG_MIDTFYN_KOMMUNE;;full.b@faaborg.example;Bent Fuld;SSA;;\n";
        imports.apply(csv(two), true);
        var one = HEADER + "FAA-1;Sygeplejen Faaborg;;FAABORG_MIDTFYN_KOMMUNE;;full.a@faaborg.example;Alma Fuld;SSA;;\n";

        var preview = imports.preview(csv(one), true);
        assertThat(preview.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.PERSON_DEACTIVATE);
            assertThat(c.subject()).isEqualTo("full.b@faaborg.example");
        });
        // A partial import of the same file leaves Bent alone.
        assertThat(imports.preview(csv(one), false).changes()).isEmpty();

        imports.apply(csv(one), true);

        long bent = personId("full.b@faaborg.example");
        assertThat(accounts.byId(bent).orElseThrow().active()).isFalse();
        assertThat(audit.forObject("Person", bent, 10)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("PERSON_DEACTIVATED");
            assertThat(e.getDetails()).contains("import");
        });
        // The event that ends their open sessions at once (SessionTerminator; SessionTerminationIT shows the ending).
        assertThat(events.stream(PersonDeactivated.class)).extracting(PersonDeactivated::personId).contains(bent);
        assertThat(accounts.byId(personId("full.a@faaborg.example")).orElseThrow().active()).isTrue();
        // Deactivated, not deleted; the same file again changes nothing.
        assertThat(imports.preview(csv(one), true).changes()).isEmpty();
    }

    @Test
    void the_batched_import_audits_every_unit_person_and_role_change_and_keeps_the_audit_chain_whole() {
        imports.apply(csv(HEADER
                + "NYB-A;Hjemmeplejen Nyborg;;NYBORG_KOMMUNE;;batch.a@nyborg.example;Asta \u202eBatch;SSA;;ja\n"
                + "NYB-B;Nyborg team B;NYB-A;NYBORG_KOMMUNE;;batch.b@nyborg.example;Bo Batch;;ingen;nej\n"), false);
        imports.apply(csv(HEADER
                + "NYB-A;Hjemmeplejen Nyborg;;NYBORG_KOMMUNE;;;;;;\n"
                + "NYB-B;Nyborg team B;NYB-A;NYBORG_KOMMUNE;;batch.a@nyborg.example;Asta Batch;SSA;;nej\n"
                + "NYB-B;;;NYBORG_KOMMUNE;;batch.b@nyborg.example;Bo Batch;;ingen;nej\n"), false);

        var a = queries.unitByCode(nyborg(), "NYB-A").orElseThrow();
        var b = queries.unitByCode(nyborg(), "NYB-B").orElseThrow();
        assertThat(b.getPath()).isEqualTo(a.getPath() + b.id() + "/");
        assertThat(audit.forObject("Unit", b.id(), 10)).extracting(e -> e.getAction()).containsExactly("UNIT_CREATED");
        long asta = personId("batch.a@nyborg.example");
        // Newest first: created in A as leader, then moved to B, losing STAFF and LINE_MANAGER in A.
        assertThat(audit.forObject("Person", asta, 10)).extracting(e -> e.getAction()).containsExactly(
                "PERSON_MOVED", "ROLE_REVOKED", "ROLE_REVOKED", "PERSON_CREATED");
        assertThat(accounts.byId(asta).orElseThrow().roles()).containsExactly(Role.STAFF);
        // The central text cleaning applies to the batched inserts too: the right-to-left override is gone.
        assertThat(queries.allPeople()).filteredOn(p -> p.id() == asta).singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo("Asta Batch"));
        assertThat(audit.verifyChain().problems()).isEmpty();
    }

    @Test
    void a_name_longer_than_a_person_may_have_is_refused_by_the_same_validation_as_a_saved_person() {
        var rows = csv(HEADER + "NYB-L;Nyborg lang;;NYBORG_KOMMUNE;;long.a@nyborg.example;" + "L".repeat(201)
                + ";;;\n");

        assertThatThrownBy(() -> imports.apply(rows, false))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(queries.allPeople()).noneMatch(p -> "long.a@nyborg.example".equals(p.email()));
    }

    @Test
    void every_error_is_reported_per_line_in_danish_and_such_a_file_is_never_applied() {
        var rows = csv(HEADER
                + "X-1;Enhed;;UKENDT_KOMMUNE;;;;;;\n"
                + "NYB-1;Enhed 1;;NYBORG_KOMMUNE;;dup@nyborg.example;Dorte Dobbelt;;;\n"
                + "NYB-1;;;NYBORG_KOMMUNE;;dup@nyborg.example;Dorte Igen;;;\n"
                + "NYB-2;Enhed 2;;NYBORG_KOMMUNE;;cpr@nyborg.example;Karl 010203-1234;;;\n"
                + "NYB-A;Ring A;NYB-B;NYBORG_KOMMUNE;;;;;;\n"
                + "NYB-B;Ring B;NYB-A;NYBORG_KOMMUNE;;;;;;\n"
                + "NYB-3;Enhed 3;NYB-FINDES-IKKE;NYBORG_KOMMUNE;;x@nyborg.example;Xenia;;meget;måske\n");

        var preview = imports.preview(rows, false);

        assertThat(preview.errors()).extracting(e -> e.line() + " " + e.key()).contains(
                "2 orgdata.import.error.unknown-organisation",
                "4 orgdata.import.error.duplicate-email",
                "5 orgdata.import.error.cpr",
                "6 orgdata.import.error.cycle",
                "7 orgdata.import.error.cycle",
                "8 orgdata.import.error.unknown-parent",
                "8 orgdata.import.error.unknown-knowledge-target",
                "8 orgdata.import.error.unknown-leader");
        // The CPR number is never shown back in full.
        assertThat(preview.errors()).filteredOn(e -> e.key().endsWith("cpr")).singleElement()
                .satisfies(e -> assertThat(String.join(" ", e.args())).doesNotContain("1234"));
        for (var error : preview.errors()) {
            var danish = i18n.getTranslation(error.key(), Locale.of("da"), error.args().toArray());
            assertThat(danish).doesNotStartWith("!").doesNotContain("{0}");
        }
        assertThat(i18n.getTranslation("orgdata.import.error.unknown-organisation", Locale.of("da"), "UKENDT"))
                .contains("Ukendt organisation", "UKENDT");

        assertThatThrownBy(() -> imports.apply(rows, false)).isInstanceOf(OrganisationImport.ImportRefused.class);
        assertThat(queries.unitByCode(nyborg(), "NYB-1")).isEmpty();
    }

    @Test
    void only_administrators_may_import() {
        AuthenticatedAs.login(users, "leder");
        assertThatThrownBy(() -> imports.preview(List.of(), false))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private long personId(String email) {
        return queries.allPeople().stream().filter(p -> email.equals(p.email())).findFirst().orElseThrow().id();
    }

    private long assens() {
        return organisationId("ASSENS_KOMMUNE");
    }

    private long nyborg() {
        return organisationId("NYBORG_KOMMUNE");
    }

    @Autowired
    OrganisationRepository organisations;

    private long organisationId(String code) {
        return organisations.findByCode(code).orElseThrow().id();
    }
}
