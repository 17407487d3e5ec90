package dk.sambo.portal.materials;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import dk.sambo.portal.materials.MaterialLibrary.Entry;
import dk.sambo.portal.materials.MaterialLibrary.Version;
import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.shared.privacy.PatientDataException;
import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.shared.ui.PatientDataFields;

/**
 * The library: the launch package first, then every material by audience, each with its latest version, size and
 * downloads; earlier versions on request. The cluster levels publish new materials and versions here.
 */
@Route("materialer")
@PermitAll
@Menu(order = 60, title = "materials.nav", icon = "vaadin:book")
@StyleSheet("./assets/roles.css")
class MaterialsView extends VerticalLayout implements HasDynamicTitle {

    private final MaterialLibrary library;
    private final boolean publisher;
    private final Select<Audience> audience = new Select<>();
    private final Grid<Entry> grid = new Grid<>();
    private final Div launchPackage = new Div();

    MaterialsView(MaterialLibrary library, AccessControl access) {
        this.library = library;
        this.publisher = access.hasRole(Role.STRATEGIC, Role.IMPLEMENTING, Role.ADMIN);
        addClassName("roles-page");
        add(new H1(getTranslation("materials.heading")), new Paragraph(getTranslation("materials.intro")));
        launchPackage.addClassName("card");
        add(launchPackage);

        audience.setLabel(getTranslation("materials.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> a == null ? getTranslation("materials.audience.all")
                : getTranslation("materials.audience." + a));
        audience.setEmptySelectionAllowed(true);
        audience.setEmptySelectionCaption(getTranslation("materials.audience.all"));
        audience.addValueChangeListener(e -> refresh());
        var toolbar = new Div(audience);
        toolbar.addClassName("roles-toolbar");
        if (publisher) {
            var add = new Button(getTranslation("materials.new"), VaadinIcon.UPLOAD.create(), e -> upload(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(add);
        }
        grid.addComponentColumn(this::titleCell).setHeader(getTranslation("materials.title")).setFlexGrow(4);
        grid.addColumn(e -> getTranslation("materials.audience." + e.audience()))
                .setHeader(getTranslation("materials.audience")).setAutoWidth(true);
        grid.addColumn(e -> "v" + e.latest().versionNo() + " · " + kind(e.latest()) + " · " + size(e.latest().sizeBytes()))
                .setHeader(getTranslation("materials.file")).setAutoWidth(true);
        grid.addColumn(e -> Formats.date(e.latest().uploadedAt().atZone(Formats.zone()).toLocalDate(), getLocale()))
                .setHeader(getTranslation("materials.updated")).setAutoWidth(true);
        grid.addColumn(Entry::totalDownloads).setHeader(getTranslation("materials.downloads")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("materials.all")), toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(library.list(audience.getValue()));
        launchPackage.removeAll();
        launchPackage.add(new H2(getTranslation("materials.launch")),
                new Paragraph(getTranslation("materials.launch.explain")));
        var items = library.launchPackage();
        if (items.isEmpty()) {
            launchPackage.add(new Paragraph(getTranslation("materials.launch.none")));
        }
        items.forEach(e -> launchPackage.add(new Div(download(e.latest(), e.title()))));
    }

    private Component titleCell(Entry e) {
        var title = new Span(e.title());
        title.addClassName("materials-title");
        var cell = new Div(title);
        if (e.description() != null) {
            var description = new Span(e.description());
            description.addClassName("materials-description");
            cell.add(description);
        }
        if (e.launchPackage()) {
            var badge = new Span(getTranslation("materials.launch.badge"));
            badge.addClassNames("roles-badge", "roles-badge-ok");
            cell.add(badge);
        }
        cell.addClassName("materials-cell");
        return cell;
    }

    private Component actions(Entry e) {
        var box = new Div(download(e.latest(), getTranslation("materials.download")));
        box.addClassName("roles-toolbar");
        var history = new Button(getTranslation("materials.versions"), ev -> versions(e));
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        box.add(history);
        if (publisher) {
            var next = new Button(getTranslation("materials.new-version"), ev -> upload(e));
            next.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            box.add(next);
        }
        return box;
    }

    /** A link that streams the file through the service, which checks access and counts the download. */
    Anchor download(Version version, String text) {
        // Streamed from the database into the response, chunk by chunk (never the whole file in memory).
        DownloadHandler handler = event -> library.download(version.id(), head -> {
            event.setFileName(head.fileName());
            event.setContentType(head.contentType());
            event.setContentLength(head.size());
            return event.getOutputStream();
        });
        var anchor = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        anchor.addClassName("materials-download");
        anchor.getElement().setAttribute("title", version.fileName());
        return anchor;
    }

    private void versions(Entry e) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("materials.versions.title", e.title()));
        var list = new Grid<Version>();
        list.addColumn(v -> "v" + v.versionNo()).setHeader(getTranslation("materials.version")).setAutoWidth(true);
        list.addColumn(Version::fileName).setHeader(getTranslation("materials.file"));
        list.addColumn(v -> size(v.sizeBytes())).setHeader(getTranslation("materials.size")).setAutoWidth(true);
        list.addColumn(v -> v.uploadedBy() + " · " + Formats.dateTime(v.uploadedAt(), getLocale()))
                .setHeader(getTranslation("materials.uploaded"));
        list.addColumn(Version::downloads).setHeader(getTranslation("materials.downloads")).setAutoWidth(true);
        list.addComponentColumn(v -> download(v, getTranslation("materials.download"))).setAutoWidth(true);
        list.setItems(library.versions(e.id()));
        list.setAllRowsVisible(true);
        dialog.add(list);
        dialog.getFooter().add(new Button(getTranslation("action.close"), ev -> dialog.close()));
        dialog.setWidth("56rem");
        dialog.open();
    }

    private record Uploaded(String fileName, Path file) {
    }

    private static void delete(Uploaded uploaded) {
        if (uploaded != null) {
            try {
                Files.deleteIfExists(uploaded.file());
            } catch (IOException ignored) {
                // a temporary file; the system cleans its temp folder
            }
        }
    }

    private void upload(Entry existing) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(existing == null ? getTranslation("materials.new")
                : getTranslation("materials.new-version.title", existing.title()));
        var received = new AtomicReference<Uploaded>();
        // Streamed to a temporary file and refused at the first byte past 25 MB (issue 10): never in memory.
        var upload = new Upload(new BoundedUpload(FileKind.MAX_BYTES,
                (fileName, file) -> delete(received.getAndSet(new Uploaded(fileName, file))),
                key -> error(key)));
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                delete(received.getAndSet(null));
            }
        });
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) FileKind.MAX_BYTES);
        upload.setAcceptedFileTypes(".pdf", ".docx", ".pptx", FileKind.PDF.contentType(), FileKind.DOCX.contentType(),
                FileKind.PPTX.contentType());
        upload.addFileRejectedListener(e -> error("materials.error.rejected-by-browser"));
        var hint = new Paragraph(getTranslation("materials.upload.hint"));
        hint.addClassName("spreading-help");
        var title = new TextField(getTranslation("materials.title"));
        title.setMaxLength(200);
        var description = new TextArea(getTranslation("materials.description"));
        description.setMaxLength(2000);
        var forAudience = new Select<Audience>();
        forAudience.setLabel(getTranslation("materials.audience"));
        forAudience.setItems(Audience.values());
        forAudience.setItemLabelGenerator(a -> getTranslation("materials.audience." + a));
        forAudience.setValue(Audience.EVERYONE);
        var launch = new Checkbox(getTranslation("materials.launch.part"));
        var form = existing == null ? new FormLayout(title, forAudience, description, launch) : new FormLayout();
        var save = new Button(getTranslation("materials.publish"), e -> {
            var file = received.get();
            if (file == null) {
                error("materials.error.no-file");
                return;
            }
            if (existing == null && title.isEmpty()) {
                title.setInvalid(true);
                return;
            }
            if (existing == null && !PatientDataFields.markAll(title, description)) {
                return;
            }
            try {
                if (existing == null) {
                    library.publish(title.getValue(), description.getValue(), forAudience.getValue(),
                            launch.getValue(), file.fileName(), file.file());
                } else {
                    library.addVersion(existing.id(), file.fileName(), file.file());
                }
            } catch (MaterialRejectedException rejected) {
                error(rejected.getMessage());
                delete(received.getAndSet(null));
                upload.clearFileList();
                return;
            } catch (PatientDataException cpr) {
                error(cpr);
                delete(received.getAndSet(null));
                upload.clearFileList();
                return;
            }
            dialog.close();
            Notification.show(getTranslation("materials.published"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form, upload, hint);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("40rem");
        dialog.open();
    }

    private void error(PatientDataException cpr) {
        Notification.show(getTranslation("privacy.cpr-found", getTranslation(cpr.field()), cpr.finding().masked()),
                8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void error(String key) {
        Notification.show(getTranslation(key), 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static String kind(Version v) {
        for (var kind : FileKind.values()) {
            if (kind.contentType().equals(v.contentType())) {
                return kind.name();
            }
        }
        return "?";
    }

    private String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(getLocale(), "%.0f kB", Math.max(1, bytes / 1024.0));
        }
        return String.format(getLocale() == null ? Locale.ROOT : getLocale(), "%.1f MB", bytes / (1024.0 * 1024));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("materials.nav");
    }
}
