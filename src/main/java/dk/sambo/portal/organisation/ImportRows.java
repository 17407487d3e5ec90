package dk.sambo.portal.organisation;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.organisation.OrganisationFile.Column;
import dk.sambo.portal.organisation.OrganisationFile.ImportRow;
import dk.sambo.portal.organisation.domain.Cluster;
import dk.sambo.portal.organisation.domain.Organisation;
import dk.sambo.portal.shared.privacy.PatientDataGuard;

/**
 * The checks of one line of an organisation file: no CPR number in any column, a known organisation and cluster,
 * a unit code, a valid and unique e-mail, a known knowledge target and leader flag. A good line becomes the unit
 * and person it describes in the {@link ImportPlan}; each problem becomes an error of that line.
 */
final class ImportRows {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private ImportRows() {
    }

    static void read(ImportPlan plan, ImportRow row, Map<String, Organisation> orgs, Map<String, Cluster> clusterByKey) {
        int line = row.line();
        boolean cpr = false;
        for (var column : Column.values()) {
            var finding = PatientDataGuard.find(row.get(column));
            if (finding.isPresent()) {
                plan.error(line, column, "orgdata.import.error.cpr", finding.get().masked());
                cpr = true;
            }
        }
        if (cpr) {
            return;
        }
        var orgValue = row.get(Column.ORGANISATION);
        Organisation org = null;
        if (orgValue.isBlank()) {
            plan.error(line, Column.ORGANISATION, "orgdata.import.error.organisation-missing");
        } else {
            org = orgs.get(orgValue.toUpperCase(Locale.ROOT));
            if (org == null) {
                org = orgs.get(orgValue.toLowerCase(Locale.ROOT));
            }
            if (org == null) {
                plan.error(line, Column.ORGANISATION, "orgdata.import.error.unknown-organisation", orgValue);
            }
        }
        var code = UnitAdministration.cleanCode(row.get(Column.UNIT_CODE));
        if (code == null) {
            plan.error(line, Column.UNIT_CODE, "orgdata.import.error.unit-code-missing");
        }
        if (org == null || code == null) {
            return;
        }
        var key = ImportPlan.key(org.id(), code);
        var unitName = row.get(Column.UNIT_NAME);
        if (!unitName.isBlank()) {
            Cluster cluster = null;
            var clusterValue = row.get(Column.CLUSTER);
            if (!clusterValue.isBlank()) {
                cluster = clusterByKey.get(clusterValue.toUpperCase(Locale.ROOT));
                if (cluster == null) {
                    cluster = clusterByKey.get(clusterValue.toLowerCase(Locale.ROOT));
                }
                if (cluster == null) {
                    plan.error(line, Column.CLUSTER, "orgdata.import.error.unknown-cluster", clusterValue);
                } else if (!org.getClusters().contains(cluster)) {
                    plan.error(line, Column.CLUSTER, "orgdata.import.error.cluster-not-served", cluster.getName(),
                            org.getName());
                    cluster = null;
                }
            }
            var parentCode = UnitAdministration.cleanCode(row.get(Column.PARENT_CODE));
            var spec = plan.fileUnits.get(key);
            if (spec == null || !spec.defined) {
                var defined = new ImportPlan.UnitSpec(line, org, code, unitName, parentCode, cluster, true);
                plan.fileUnits.put(key, defined);
            } else if (!spec.name.equals(unitName) || !Objects.equals(spec.parentCode, parentCode)
                    || !Objects.equals(spec.cluster, cluster)) {
                plan.error(line, Column.UNIT_CODE, "orgdata.import.error.unit-conflict", code,
                        String.valueOf(spec.line));
            }
        } else {
            plan.fileUnits.putIfAbsent(key, new ImportPlan.UnitSpec(line, org, code, "", null, null, false));
        }

        var email = row.get(Column.EMAIL).toLowerCase(Locale.ROOT);
        if (email.isBlank()) {
            return;
        }
        boolean ok = true;
        if (!EMAIL.matcher(email).matches()) {
            plan.error(line, Column.EMAIL, "orgdata.import.error.invalid-email", email);
            ok = false;
        }
        var first = plan.people.get(email);
        if (first != null) {
            plan.error(line, Column.EMAIL, "orgdata.import.error.duplicate-email", email, String.valueOf(first.line));
            ok = false;
        }
        var name = row.get(Column.NAME);
        if (name.isBlank()) {
            plan.error(line, Column.NAME, "orgdata.import.error.name-missing");
            ok = false;
        }
        var target = knowledgeTarget(row.get(Column.KNOWLEDGE_TARGET));
        if (target == null) {
            plan.error(line, Column.KNOWLEDGE_TARGET, "orgdata.import.error.unknown-knowledge-target",
                    row.get(Column.KNOWLEDGE_TARGET));
            ok = false;
        }
        var leader = flag(row.get(Column.LEADER));
        if (leader == null) {
            plan.error(line, Column.LEADER, "orgdata.import.error.unknown-leader", row.get(Column.LEADER));
            ok = false;
        }
        if (ok) {
            var jobTitle = row.get(Column.JOB_TITLE);
            plan.people.put(email, new ImportPlan.PersonSpec(line, email, name, jobTitle.isBlank() ? null : jobTitle, target,
                    leader, key));
        }
    }

    static @Nullable KnowledgeTarget knowledgeTarget(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "", "overall", "overordnet" -> KnowledgeTarget.OVERALL;
            case "in_depth", "in-depth", "dybdegående", "dybdegaaende", "indgående" -> KnowledgeTarget.IN_DEPTH;
            case "none", "ingen" -> KnowledgeTarget.NONE;
            default -> null;
        };
    }

    static @Nullable Boolean flag(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "", "nej", "no", "false", "0", "n" -> Boolean.FALSE;
            case "ja", "yes", "true", "1", "x", "j", "y" -> Boolean.TRUE;
            default -> null;
        };
    }
}
