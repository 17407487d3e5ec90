package dk.sambo.portal.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The contract between organisation and the overview (issue 16): the overview reads organisation's data only
 * through organisation's reporting views (migration {@code V23_1__organisation_reporting_views.sql}), and each view
 * has every column the overview reads, on HSQLDB and on PostgreSQL. A rename in organisation's tables that the views
 * do not absorb fails here, at build time, instead of in the overview at run time.
 */
class ReportingViewsContractTest {

    /** Every column of organisation's reporting views that the overview's SQL reads. */
    static final Map<String, List<String>> READS = new LinkedHashMap<>();

    static {
        READS.put("reporting_cluster", List.of("id", "name", "active"));
        READS.put("reporting_organisation", List.of("id", "name"));
        READS.put("reporting_organisation_cluster", List.of("organisation_id", "cluster_id"));
        READS.put("reporting_unit", List.of("id", "organisation_id", "parent_id", "cluster_id", "name", "path"));
        READS.put("reporting_person", List.of("id", "unit_id", "active", "knowledge_target"));
        READS.put("reporting_role", List.of("person_id", "role"));
        READS.put("reporting_culture_bearer", List.of("person_id", "unit_id", "valid_from", "valid_to"));
    }

    /** Organisation's tables behind the views: the overview's SQL names none of them after FROM or JOIN. */
    private static final Pattern BASE_TABLE = Pattern.compile("\\b(from|join)\\s+(org_unit|person|role_assignment|"
            + "health_cluster|organisation|organisation_cluster|culture_bearer_appointment|culture_bearer_unit|"
            + "person_identity)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void the_overview_reads_organisation_only_through_its_reporting_views() throws IOException {
        var offending = new ArrayList<String>();
        var everything = new StringBuilder();
        // Its Java and its per-database statements (VendorSql's resources).
        for (var root : List.of("src/main/java/dk/sambo/portal/overview", "src/main/resources/dk/sambo/portal/overview")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (var file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
                        .toList()) {
                    var lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        var line = lines.get(i).strip();
                        if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")
                                || line.startsWith("--")) {
                            continue;
                        }
                        everything.append(line).append('\n');
                        if (BASE_TABLE.matcher(line).find()) {
                            offending.add(file.getFileName() + ":" + (i + 1) + ": " + line);
                        }
                    }
                }
            }
        }
        assertThat(offending).as("organisation's tables read past its reporting views").isEmpty();
        // and the overview does read the views (the scan above looks at the right files)
        READS.keySet().forEach(view -> assertThat(everything).as(view).contains(view));
    }

    @Test
    void each_reporting_view_has_every_column_the_overview_reads_on_hsqldb() {
        var ds = new SingleConnectionDataSource("jdbc:hsqldb:mem:reporting-contract;hsqldb.tx=mvcc", "SA", "", true);
        try {
            check(ds, "hsqldb");
        } finally {
            ds.destroy();
        }
    }

    @Test
    void each_reporting_view_has_every_column_the_overview_reads_on_postgresql() throws Exception {
        var ds = OverviewPortabilityTest.freshPostgresSchema("reporting_contract");
        try {
            check(ds, "postgresql");
        } finally {
            ds.destroy();
        }
    }

    private static void check(DataSource ds, String vendor) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .load().migrate();
        var jdbc = new JdbcTemplate(ds);
        READS.forEach((view, columns) -> {
            var found = jdbc.query("select * from " + view + " where 1 = 0", rs -> {
                var names = new ArrayList<String>();
                var meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    names.add(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
                }
                return names;
            });
            assertThat(found).as("columns of %s on %s", view, vendor).containsAll(columns);
        });
        // The one aggregate the overview needs beyond standard SQL, on both databases (migration V23_2 on PostgreSQL).
        assertThat(jdbc.queryForObject("select " + OverviewQueries.median("x.v")
                + " from (select 1 v from reporting_cluster union all select 2 from reporting_cluster "
                + "union all select 4 from reporting_cluster) x where x.v <> 4", Double.class)).isEqualTo(1.5);
    }
}
