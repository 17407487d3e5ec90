package dk.sambo.portal.overview;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds organisation-model rows by hand for overview tests: a cluster, organisations serving it, units (with
 * the path the organisation model keeps), people, leader roles and culture-bearer appointments. Use inside a
 * rolled-back test transaction.
 */
final class OverviewFixture {

    private final JdbcTemplate jdbc;
    final Map<String, Long> ids = new HashMap<>();

    OverviewFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long id(String key) {
        var id = ids.get(key);
        if (id == null) {
            throw new IllegalArgumentException("No fixture " + key);
        }
        return id;
    }

    long cluster(String key) {
        jdbc.update("insert into health_cluster (code, name) values (?, ?)", key, "Klynge " + key);
        return put(key, jdbc.queryForObject("select id from health_cluster where code = ?", Long.class, key));
    }

    long organisation(String key, String sector, String... clusterKeys) {
        jdbc.update("insert into organisation (code, name, kind, sector) values (?, ?, ?, ?)", key, "Org " + key,
                sector.equals("KOMMUNE") ? "MUNICIPALITY" : "HOSPITAL", sector);
        long id = put(key, jdbc.queryForObject("select id from organisation where code = ?", Long.class, key));
        for (var c : clusterKeys) {
            jdbc.update("insert into organisation_cluster (organisation_id, cluster_id) values (?, ?)", id, id(c));
        }
        return id;
    }

    long unit(String key, String organisationKey, String parentKey) {
        Long parent = parentKey == null ? null : id(parentKey);
        jdbc.update("insert into org_unit (organisation_id, parent_id, name, path) values (?, ?, ?, 'x')",
                id(organisationKey), parent, "Enhed " + key);
        long id = put(key, jdbc.queryForObject("select id from org_unit where name = ?", Long.class, "Enhed " + key));
        String parentPath = parent == null ? "/"
                : jdbc.queryForObject("select path from org_unit where id = ?", String.class, parent);
        jdbc.update("update org_unit set path = ? where id = ?", parentPath + id + "/", id);
        return id;
    }

    long person(String key, String unitKey, String target, boolean active) {
        jdbc.update("insert into person (name, unit_id, knowledge_target, active, email) values (?, ?, ?, ?, ?)",
                "Person " + key, id(unitKey), target, active, key + "@fixture.test");
        return put(key, jdbc.queryForObject("select id from person where email = ?", Long.class,
                key + "@fixture.test"));
    }

    void role(String personKey, String role, String scopeType, String scopeKey) {
        jdbc.update("insert into role_assignment (person_id, role, scope_type, scope_id, granted_at) "
                + "values (?, ?, ?, ?, ?)", id(personKey), role, scopeType, id(scopeKey),
                Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
    }

    void appoint(String personKey, String unitKey, LocalDate from, LocalDate to) {
        jdbc.update("insert into culture_bearer_appointment (person_id, valid_from, valid_to) values (?, ?, ?)",
                id(personKey), Date.valueOf(from), to == null ? null : Date.valueOf(to));
        long appointment = jdbc.queryForObject("select max(id) from culture_bearer_appointment", Long.class);
        jdbc.update("insert into culture_bearer_unit (appointment_id, unit_id) values (?, ?)", appointment,
                id(unitKey));
    }

    private long put(String key, long id) {
        ids.put(key, id);
        return id;
    }
}
