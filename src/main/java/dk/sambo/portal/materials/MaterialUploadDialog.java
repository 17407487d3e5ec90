package dk.sambo.portal.materials;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import dk.sambo.portal.materials.MaterialLibrary.Entry;
import dk.sambo.portal.shared.ui.Feedback;
import dk.sambo.portal.shared.ui.FormDialog;
import dk.sambo.portal.shared.ui.PatientDataFields;

/**
 * Publishing a material, or a new version of one: title, audience, description and the launch-package mark (new
 * materials only) and the file. The file is streamed to a temporary file and refused at the first byte past 25 MB
 * (issue 10), never held in memory; a refused file is deleted and the upload cleared so the person picks another.
 */
final class MaterialUploadDialog {

    private record Uploaded(String fileName, Path file) {
    }

    private MaterialUploadDialog() {
    }

    static FormDialog open(Component view, MaterialLibrary library, @Nullable Entry existing, Runnable published) {
        var received = new AtomicReference<@Nullable Uploaded>();
        var upload = new Upload(new BoundedUpload(FileKind.MAX_BYTES,
                (fileName, file) -> delete(received.getAndSet(new Uploaded(fileName, file))),
                key -> Feedback.error(view.getTranslation(key))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) FileKind.MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".docx", ".pptx", FileKind.PDF.contentType(), FileKind.DOCX.contentType(),
                FileKind.PPTX.contentType());
        upload.addFileRejectedListener(e -> Feedback.error(view.getTranslation("materials.error.rejected-by-browser")));
        var hint = new Paragraph(view.getTranslation("materials.upload.hint"));
        hint.addClassName("spreading-help");
        var title = new TextField(view.getTranslation("materials.title"));
        title.setMaxLength(200);
        var description = new TextArea(view.getTranslation("materials.description"));
        description.setMaxLength(2000);
        var audience = new Select<Audience>();
        audience.setLabel(view.getTranslation("materials.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> view.getTranslation("materials.audience." + a));
        audience.setValue(Audience.EVERYONE);
        var launch = new Checkbox(view.getTranslation("materials.launch.part"));

        var dialog = new FormDialog(view, existing == null ? view.getTranslation("materials.new")
                : view.getTranslation("materials.new-version.title", existing.title()),
                view.getTranslation("materials.publish"), () -> {
                    var file = received.get();
                    if (file == null) {
                        Feedback.error(view.getTranslation("materials.error.no-file"));
                        return false;
                    }
                    if (existing == null && title.isEmpty()) {
                        title.setInvalid(true);
                        return false;
                    }
                    if (existing == null && !PatientDataFields.markAll(title, description)) {
                        return false;
                    }
                    var fields = existing == null ? Map.of("title", title, "description", description)
                            : Map.<String, HasValidation>of();
                    boolean done = Feedback.attempt(view, () -> {
                        if (existing == null) {
                            library.publish(title.getValue(), description.getValue(), audience.getValue(),
                                    launch.getValue(), file.fileName(), file.file());
                        } else {
                            library.addVersion(existing.id(), file.fileName(), file.file());
                        }
                    }, fields);
                    if (!done) {
                        // The file was refused: it goes, and the person picks another.
                        delete(received.getAndSet(null));
                        upload.clearFileList();
                        return false;
                    }
                    Feedback.success(view.getTranslation("materials.published"));
                    published.run();
                    return true;
                });
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                delete(received.getAndSet(null));
            }
        });
        if (existing == null) {
            dialog.addFields(title, audience, description, launch);
        }
        dialog.add(upload, hint);
        dialog.setWidth("40rem");
        dialog.open();
        return dialog;
    }

    private static void delete(@Nullable Uploaded uploaded) {
        if (uploaded != null) {
            try {
                Files.deleteIfExists(uploaded.file());
            } catch (IOException ignored) {
                // a temporary file; the system cleans its temp folder
            }
        }
    }
}
