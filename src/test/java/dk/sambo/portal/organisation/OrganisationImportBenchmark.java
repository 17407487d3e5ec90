package dk.sambo.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import dk.sambo.portal.organisation.ImportPreview.Kind;

/**
 * The organisation import at region scale (docs/operations.md, "Loading units and people"). Not part of
 * {@code ./mvnw verify} (the class name matches no Surefire pattern); run it with
 * {@code ./mvnw test -Dtest=OrganisationImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}, and on
 * PostgreSQL with {@code -Dtest=OrganisationImportPostgresBenchmark} (uses {@code PORTAL_TEST_PG_URL}; wipes it).
 *
 * <p>Generates an HR file of 30,000 people in 1,500 units (a top unit per organisation of the reference data, ten
 * areas under each, teams under the areas) as CSV, then times: reading it, the preview, the first import, the
 * preview of the same file again (must show no change) and a full import of next week's file (300 people gone,
 * 300 moved, 300 new).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:import-benchmark;hsqldb.tx=mvcc",
        "logging.level.root=warn",
        "logging.level.dk.sambo.portal.organisation=info"})
@ActiveProfiles("test")
class OrganisationImportBenchmark {

    static final int UNITS = 1_500;
    static final int PEOPLE = 30_000;

    @Autowired
    OrganisationImport imports;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void asAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "benchmark", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void import_30000_people_in_1500_units() {
        var organisations = jdbc.queryForList("select code from organisation order by id", String.class);
        var file = file(organisations, 0);

        long t0 = System.nanoTime();
        var rows = OrganisationFile.read("hr.csv", new ByteArrayInputStream(file));
        long read = System.nanoTime();
        var preview = imports.preview(rows, true);
        long previewed = System.nanoTime();
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.count(Kind.UNIT_ADD)).isEqualTo(UNITS);
        assertThat(preview.count(Kind.PERSON_ADD)).isEqualTo(PEOPLE);
        imports.apply(rows, true);
        long applied = System.nanoTime();
        var again = imports.preview(rows, true);
        long previewedAgain = System.nanoTime();
        assertThat(again.changes()).isEmpty();

        var nextWeek = OrganisationFile.read("hr.csv", new ByteArrayInputStream(file(organisations, 1)));
        long t1 = System.nanoTime();
        var weekly = imports.apply(nextWeek, true);
        long weeklyApplied = System.nanoTime();

        System.out.printf("%nOrganisation import benchmark (%s)%n", jdbc.queryForObject("select count(*) from person",
                Long.class) + " people in the database afterwards");
        System.out.printf("  file: %,d rows, %,d bytes CSV%n", rows.size(), file.length);
        System.out.printf("  read CSV:                 %6.2f s%n", (read - t0) / 1e9);
        System.out.printf("  preview (empty database): %6.2f s%n", (previewed - read) / 1e9);
        System.out.printf("  first import (apply):     %6.2f s  (%,d units, %,d people added)%n",
                (applied - previewed) / 1e9, preview.count(Kind.UNIT_ADD), preview.count(Kind.PERSON_ADD));
        System.out.printf("  preview of the same file: %6.2f s  (%d changes)%n", (previewedAgain - applied) / 1e9,
                again.changes().size());
        System.out.printf("  next week's full import:  %6.2f s  (%s)%n", (weeklyApplied - t1) / 1e9,
                weekly.counts());
        System.out.printf("  read + preview + import:  %6.2f s%n%n", (applied - t0) / 1e9);
        assertThat(weekly.count(Kind.PERSON_DEACTIVATE)).isEqualTo(300);
        assertThat(weekly.count(Kind.PERSON_MOVE)).isEqualTo(300);
        assertThat(weekly.count(Kind.PERSON_ADD)).isEqualTo(300);
    }

    /**
     * The HR file; {@code week} 1 drops every 100th person, moves every 100th (offset 50) to the next team and
     * adds 300 new people.
     */
    static byte[] file(List<String> organisations, int week) {
        var csv = new StringBuilder(4_000_000);
        csv.append("unit_code;unit_name;parent_code;organisation;email;name;job_title;knowledge_target;leader\n");
        int perOrganisation = UNITS / organisations.size();
        int unitCount = 0;
        var teams = new java.util.ArrayList<String[]>();
        for (int o = 0; o < organisations.size(); o++) {
            var org = organisations.get(o);
            int units = o == organisations.size() - 1 ? UNITS - unitCount : perOrganisation;
            var top = "O" + o;
            csv.append(top).append(";Organisation ").append(o).append(" sundhed;;").append(org).append(";;;;;\n");
            unitCount++;
            int areas = Math.min(10, units - 1);
            for (int a = 0; a < areas; a++) {
                csv.append(top).append("-A").append(a).append(";Område ").append(a).append(';').append(top)
                        .append(';').append(org).append(";;;;;\n");
                unitCount++;
            }
            for (int t = 0; t < units - 1 - areas; t++) {
                var code = top + "-T" + t;
                csv.append(code).append(";Team ").append(t).append(';').append(top).append("-A").append(t % areas)
                        .append(';').append(org).append(";;;;;\n");
                teams.add(new String[] {code, org});
                unitCount++;
            }
        }
        for (int p = 0; p < PEOPLE; p++) {
            if (week == 1 && p % 100 == 0) {
                continue;
            }
            int team = p % teams.size();
            if (week == 1 && p % 100 == 50) {
                team = (team + 1) % teams.size();
            }
            person(csv, teams.get(team), "p" + p, p);
        }
        if (week == 1) {
            for (int p = 0; p < 300; p++) {
                person(csv, teams.get(p % teams.size()), "new" + p, p);
            }
        }
        assertThat(unitCount).isEqualTo(UNITS);
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void person(StringBuilder csv, String[] team, String id, int p) {
        csv.append(team[0]).append(";;;").append(team[1]).append(';').append(id).append("@region.example;Person ")
                .append(id).append(p % 20 == 0 ? ";Afdelingsleder;" : ";Sygeplejerske;")
                .append(p % 7 == 0 ? "dybdegående" : "overordnet").append(';').append(p % 20 == 0 ? "ja" : "nej")
                .append('\n');
    }
}
