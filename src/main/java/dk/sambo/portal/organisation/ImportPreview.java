package dk.sambo.portal.organisation;

import java.util.List;
import java.util.Map;

/**
 * What an organisation file would change, before anything is stored: each change and each error with the file's
 * line. Errors carry a translation key ({@code orgdata.import.error.*}) and its arguments, so the administrator
 * reads them in Danish (or English). A file with any error is never applied.
 */
public record ImportPreview(List<Change> changes, List<RowError> errors, int rows) {

    public enum Kind {
        UNIT_ADD, UNIT_CHANGE, UNIT_MOVE, PERSON_ADD, PERSON_CHANGE, PERSON_MOVE, PERSON_DEACTIVATE
    }

    /** One change; {@code line} is 0 for deactivations (the person is not in the file). */
    public record Change(Kind kind, int line, String subject, String detail) {
    }

    /** One error; {@code column} is the file's column header or empty. */
    public record RowError(int line, String column, String key, List<String> args) {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public long count(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    public Map<Kind, Long> counts() {
        var counts = new java.util.EnumMap<Kind, Long>(Kind.class);
        for (var kind : Kind.values()) {
            counts.put(kind, count(kind));
        }
        return counts;
    }

    /** Nothing to add, change, move or deactivate. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
