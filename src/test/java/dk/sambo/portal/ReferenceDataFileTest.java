package dk.sambo.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The repository's copy of the reference data, {@code docs/reference/organisations.csv}, says what migration
 * {@code V1_2__reference_data} put into the database: every organisation with its kind, sector, source and the
 * clusters it serves ("*": all four). The migration's own comment names the file's original place outside the
 * repository and stays as it is (a changed comment changes the migration's checksum).
 */
@PortalTest
class ReferenceDataFileTest {

    static final Path FILE = Path.of("docs/reference/organisations.csv");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_organisation_of_the_reference_file_is_in_the_database_as_the_file_says() throws IOException {
        var rows = Files.readAllLines(FILE, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split(",", -1)).toList();
        var allClusters = jdbc.queryForList("select name from health_cluster order by name", String.class);
        assertThat(jdbc.queryForList("select name from organisation where source in ('published', 'inferred')",
                String.class)).containsExactlyInAnyOrderElementsOf(rows.stream().map(r -> r[2]).toList());
        for (var row : rows) {
            String cluster = row[0], kind = row[1], name = row[2], sector = row[3], source = row[4];
            var found = jdbc.queryForList("select kind, sector, source from organisation where name = ?", name);
            assertThat(found).as(name).hasSize(1);
            assertThat(found.getFirst()).as(name).containsEntry("KIND", kind.toUpperCase().replace('-', '_'))
                    .containsEntry("SECTOR", sector).containsEntry("SOURCE", source);
            var serves = jdbc.queryForList("""
                    select c.name from organisation_cluster oc join organisation o on o.id = oc.organisation_id
                    join health_cluster c on c.id = oc.cluster_id where o.name = ? order by c.name""", String.class,
                    name);
            assertThat(serves).as(name).isEqualTo(cluster.equals("*") ? allClusters : List.of(cluster));
        }
    }
}
