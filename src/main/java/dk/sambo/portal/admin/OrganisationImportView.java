package dk.sambo.portal.admin;

import java.io.ByteArrayInputStream;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import dk.sambo.portal.organisation.ImportPreview;
import dk.sambo.portal.organisation.ImportPreview.Kind;
import dk.sambo.portal.organisation.OrganisationFile;
import dk.sambo.portal.organisation.OrganisationFile.ImportRow;
import dk.sambo.portal.organisation.OrganisationImport;

/**
 * Load units and people from an HR file: upload, see every change and every error per row, then save. Nothing is
 * stored before the administrator presses save, and a file with errors cannot be saved.
 */
@Route("admin/indlaes")
@RolesAllowed("ADMIN")
@Menu(order = 92, title = "nav.admin.import", icon = "vaadin:upload")
class OrganisationImportView extends VerticalLayout implements HasDynamicTitle {

    final Checkbox full = new Checkbox();
    final Span summary = new Span();
    final Grid<ImportPreview.RowError> errors = new Grid<>();
    final Grid<ImportPreview.Change> changes = new Grid<>();
    final Button apply = new Button();
    private final OrganisationImport imports;
    private @Nullable List<ImportRow> rows;

    OrganisationImportView(OrganisationImport imports) {
        this.imports = imports;
        setSizeFull();
        full.setLabel(getTranslation("orgdata.import.full"));
        var upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            var ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> preview(metadata.fileName(), data));
            } else {
                preview(metadata.fileName(), data);
            }
        }));
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(getTranslation("orgdata.import.upload")));
        full.addValueChangeListener(e -> refresh());

        errors.addColumn(ImportPreview.RowError::line).setHeader(getTranslation("orgdata.import.line"))
                .setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(ImportPreview.RowError::column).setHeader(getTranslation("orgdata.import.column"))
                .setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> getTranslation(e.key(), e.args().toArray()))
                .setHeader(getTranslation("orgdata.import.error")).setFlexGrow(1);
        errors.setVisible(false);
        changes.addColumn(c -> c.line() == 0 ? "" : String.valueOf(c.line()))
                .setHeader(getTranslation("orgdata.import.line")).setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(c -> getTranslation("orgdata.import.kind." + c.kind().name()))
                .setHeader(getTranslation("orgdata.import.change")).setAutoWidth(true);
        changes.addColumn(ImportPreview.Change::subject).setHeader(getTranslation("orgdata.import.subject"));
        changes.addColumn(ImportPreview.Change::detail).setHeader(getTranslation("orgdata.import.detail"));
        changes.setVisible(false);

        apply.setText(getTranslation("orgdata.import.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(e -> save());

        add(new H1(getTranslation("orgdata.import.heading")), new Paragraph(getTranslation("orgdata.import.intro")),
                upload, full, summary, errors, changes, apply);
        setFlexGrow(1, changes);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.import");
    }

    /** Reads an uploaded file and shows what it would change. */
    void preview(String fileName, byte[] data) {
        try {
            rows = OrganisationFile.read(fileName, new ByteArrayInputStream(data));
        } catch (OrganisationFile.MissingColumns e) {
            rows = null;
            show(null, getTranslation("orgdata.import.error.missing-columns"));
            return;
        } catch (RuntimeException e) {
            rows = null;
            show(null, getTranslation("orgdata.import.error.unreadable"));
            return;
        }
        refresh();
    }

    private void refresh() {
        if (rows == null) {
            return;
        }
        var preview = imports.preview(rows, full.getValue());
        String message;
        if (preview.hasErrors()) {
            message = getTranslation("orgdata.import.has-errors", preview.errors().size());
        } else if (preview.isEmpty()) {
            message = getTranslation("orgdata.import.nothing");
        } else {
            message = getTranslation("orgdata.import.summary", preview.rows(),
                    preview.count(Kind.UNIT_ADD) + preview.count(Kind.PERSON_ADD),
                    preview.count(Kind.UNIT_CHANGE) + preview.count(Kind.PERSON_CHANGE),
                    preview.count(Kind.UNIT_MOVE) + preview.count(Kind.PERSON_MOVE),
                    preview.count(Kind.PERSON_DEACTIVATE));
        }
        show(preview, message);
    }

    private void show(@Nullable ImportPreview preview, String message) {
        summary.setText(message);
        errors.setItems(preview == null ? List.of() : preview.errors());
        errors.setVisible(preview != null && preview.hasErrors());
        changes.setItems(preview == null ? List.of() : preview.changes());
        changes.setVisible(preview != null && !preview.isEmpty());
        apply.setEnabled(preview != null && !preview.hasErrors() && !preview.isEmpty());
    }

    private void save() {
        if (rows == null) {
            return;
        }
        try {
            var done = imports.apply(rows, full.getValue());
            show(null, getTranslation("orgdata.import.applied", done.changes().size()));
            rows = null;
        } catch (OrganisationImport.ImportRefused refused) {
            show(refused.preview(), getTranslation("orgdata.import.has-errors", refused.preview().errors().size()));
        }
    }
}
