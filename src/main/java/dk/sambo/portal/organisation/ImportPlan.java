package dk.sambo.portal.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dk.sambo.portal.organisation.ImportPreview.Change;
import dk.sambo.portal.organisation.ImportPreview.RowError;
import dk.sambo.portal.organisation.OrganisationFile.Column;
import dk.sambo.portal.organisation.domain.Cluster;
import dk.sambo.portal.organisation.domain.Organisation;
import dk.sambo.portal.organisation.domain.Unit;

/**
 * What an organisation file would change, worked out by {@link ImportPlanner} and carried out by
 * {@link ImportUnits} and {@link ImportPeople}: the file's units and people, the database's units, the changes
 * and errors for the preview, and the lists of work per step. Units and people are keyed by
 * {@link #key(long, String) organisation and unit code}.
 */
final class ImportPlan {

    final int rows;
    final Map<String, Unit> existingUnits = new HashMap<>();
    final Map<String, UnitSpec> fileUnits = new LinkedHashMap<>();
    final Map<String, PersonSpec> people = new LinkedHashMap<>();
    final List<Change> changes = new ArrayList<>();
    final List<RowError> errors = new ArrayList<>();
    final List<String> unitAdds = new ArrayList<>();
    final List<String> unitChanges = new ArrayList<>();
    final List<String> unitMoves = new ArrayList<>();
    final List<PersonSpec> personAdds = new ArrayList<>();
    final List<PersonSpec> personChanges = new ArrayList<>();
    final List<Long> deactivations = new ArrayList<>();

    ImportPlan(int rows) {
        this.rows = rows;
    }

    void error(int line, Column column, String key, String... args) {
        errors.add(new RowError(line, column.header(), key, List.of(args)));
    }

    ImportPreview preview() {
        var sortedErrors = new ArrayList<>(errors);
        sortedErrors.sort(java.util.Comparator.comparingInt(RowError::line));
        return new ImportPreview(List.copyOf(changes), List.copyOf(sortedErrors), rows);
    }

    static String key(long organisationId, String code) {
        return organisationId + ":" + code;
    }

    static final class UnitSpec {
        final int line;
        final Organisation organisation;
        final String code;
        final String name;
        final @Nullable String parentCode;
        final @Nullable Cluster cluster;
        final boolean defined;

        UnitSpec(int line, Organisation organisation, String code, String name, @Nullable String parentCode,
                @Nullable Cluster cluster, boolean defined) {
            this.line = line;
            this.organisation = organisation;
            this.code = code;
            this.name = name;
            this.parentCode = parentCode;
            this.cluster = cluster;
            this.defined = defined;
        }
    }

    static final class PersonSpec {
        final int line;
        final String email;
        final String name;
        final @Nullable String jobTitle;
        final KnowledgeTarget target;
        final boolean leader;
        final String unitKey;
        long personId;
        @Nullable Long oldUnitId;
        boolean managerBefore;

        PersonSpec(int line, String email, String name, @Nullable String jobTitle, KnowledgeTarget target,
                boolean leader, String unitKey) {
            this.line = line;
            this.email = email;
            this.name = name;
            this.jobTitle = jobTitle;
            this.target = target;
            this.leader = leader;
            this.unitKey = unitKey;
        }
    }
}
