package dk.sambo.portal.shared.privacy;

/** A free text was refused because it looks like it holds a CPR number. Nothing was stored. */
public class PatientDataException extends IllegalArgumentException {

    private final String field;
    private final PatientDataGuard.Finding finding;

    public PatientDataException(String field, PatientDataGuard.Finding finding) {
        super("Text in field '" + field + "' looks like it holds a CPR number at position " + finding.start());
        this.field = field;
        this.finding = finding;
    }

    public String field() {
        return field;
    }

    public PatientDataGuard.Finding finding() {
        return finding;
    }
}
