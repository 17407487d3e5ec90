package dk.sambo.portal.organisation;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import dk.sambo.portal.audit.AuditLog;
import dk.sambo.portal.organisation.domain.ClusterRepository;
import dk.sambo.portal.organisation.domain.Unit;
import dk.sambo.portal.organisation.domain.UnitRepository;
import dk.sambo.portal.shared.text.StoredText;

/**
 * The unit steps of an import: adds the file's new units (parents first, by JDBC batches), then renames and moves
 * the changed ones, each audited.
 */
@Component
class ImportUnits {

    private final UnitRepository units;
    private final ClusterRepository clusters;
    private final AuditLog audit;
    private final ImportBatches batches;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;
    private final Validator validator;

    ImportUnits(UnitRepository units, ClusterRepository clusters, AuditLog audit, ImportBatches batches,
            JdbcTemplate jdbc, Validator validator) {
        this.units = units;
        this.clusters = clusters;
        this.audit = audit;
        this.batches = batches;
        this.jdbc = jdbc;
        this.namedJdbc = new NamedParameterJdbcTemplate(jdbc);
        this.validator = validator;
    }

    Map<String, Long> addUnits(ImportPlan plan) {
        var ids = new HashMap<String, Long>();
        var paths = new HashMap<String, String>();
        plan.existingUnits.forEach((key, unit) -> {
            ids.put(key, unit.id());
            paths.put(key, unit.getPath());
        });
        // Parents first: each round adds the units whose parent exists by then.
        var pending = new ArrayList<>(plan.unitAdds);
        while (!pending.isEmpty()) {
            var ready = new ArrayList<String>();
            for (var key : pending) {
                var spec = plan.fileUnits.get(key);
                if (spec.parentCode == null || ids.containsKey(ImportPlan.key(spec.organisation.id(), spec.parentCode))) {
                    ready.add(key);
                }
            }
            if (ready.isEmpty()) {
                throw new IllegalStateException("Unit parents could not be ordered: " + pending);
            }
            pending.removeAll(new HashSet<>(ready));
            batches.inBatches(ready, batch -> insertUnits(plan, batch, ids, paths));
        }
        return ids;
    }

    /** One batch of new units whose parents exist, by JDBC: insert, read the ids back, set the paths, audit. */
    private void insertUnits(ImportPlan plan, List<String> batch, Map<String, Long> ids, Map<String, String> paths) {
        var rows = new ArrayList<Object[]>(batch.size());
        var codes = new ArrayList<String>(batch.size());
        for (var key : batch) {
            var spec = plan.fileUnits.get(key);
            var unit = new Unit(spec.organisation, null, spec.cluster, Objects.requireNonNull(StoredText.clean(spec.name)));
            var violations = validator.validate(unit);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            var code = spec.code;
            rows.add(new Object[] {spec.organisation.id(),
                spec.parentCode == null ? null : ids.get(ImportPlan.key(spec.organisation.id(), spec.parentCode)),
                spec.cluster == null ? null : spec.cluster.id(), unit.getName(), code});
            codes.add(code);
        }
        jdbc.batchUpdate("insert into org_unit (version, organisation_id, parent_id, cluster_id, name, path, code)"
                + " values (0, ?, ?, ?, ?, '/', ?)", rows,
                new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR});
        namedJdbc.query("select id, organisation_id, code from org_unit where code in (:codes)",
                Map.of("codes", codes), rs -> {
                    ids.putIfAbsent(ImportPlan.key(rs.getLong(2), rs.getString(3)), rs.getLong(1));
                });
        var pathRows = new ArrayList<Object[]>(batch.size());
        var lines = new ArrayList<AuditLog.Entry>(batch.size());
        for (var key : batch) {
            var spec = plan.fileUnits.get(key);
            long id = Objects.requireNonNull(ids.get(key), "inserted unit not found");
            var path = (spec.parentCode == null ? "/" : paths.get(ImportPlan.key(spec.organisation.id(), spec.parentCode)))
                    + id + "/";
            paths.put(key, path);
            pathRows.add(new Object[] {path, id});
            lines.add(new AuditLog.Entry("UNIT_CREATED", "Unit", id, "import code=" + spec.code));
        }
        jdbc.batchUpdate("update org_unit set path = ? where id = ?", pathRows,
                new int[] {Types.VARCHAR, Types.BIGINT});
        audit.recordAll(lines);
    }

    void changeUnits(ImportPlan plan, Map<String, Long> ids) {
        batches.inBatches(plan.unitChanges, batch -> {
            for (var key : batch) {
                var spec = plan.fileUnits.get(key);
                var unit = units.findById(ids.get(key)).orElseThrow();
                unit.rename(spec.name);
                unit.setCluster(spec.cluster == null ? null : clusters.getReferenceById(spec.cluster.id()));
                audit.record("UNIT_RENAMED", "Unit", unit.id(), "import");
            }
        });
        // Moves one after the other, each re-pathing its subtree as the database has it by then.
        batches.inBatches(plan.unitMoves, batch -> {
            for (var key : batch) {
                var spec = plan.fileUnits.get(key);
                var unit = units.findById(ids.get(key)).orElseThrow();
                var parent = spec.parentCode == null ? null
                        : units.findById(ids.get(ImportPlan.key(spec.organisation.id(), spec.parentCode))).orElseThrow();
                var subtree = units.findSubtree(unit.getPath());
                unit.moveUnder(parent);
                subtree.stream().sorted(java.util.Comparator.comparingInt(u -> u.getPath().length()))
                        .forEach(Unit::repath);
                units.flush();
                audit.record("UNIT_MOVED", "Unit", unit.id(), "import parent=" + spec.parentCode);
            }
        });
    }
}
