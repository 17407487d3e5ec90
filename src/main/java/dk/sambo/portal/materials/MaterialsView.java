package dk.sambo.portal.materials;

import java.util.Locale;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import dk.sambo.portal.materials.MaterialLibrary.Entry;
import dk.sambo.portal.materials.MaterialLibrary.Version;
import dk.sambo.portal.organisation.AccessControl;
import dk.sambo.portal.organisation.Role;
import dk.sambo.portal.shared.ui.Formats;
import dk.sambo.portal.shared.ui.GridCard;
import dk.sambo.portal.shared.ui.ResponsiveGrid;

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
        // A phone gets one card per material with the same title link and buttons (issue 14).
        ResponsiveGrid.cardsWhenNarrow(grid, e -> GridCard.of(titleCell(e),
                getTranslation("materials.audience." + e.audience()) + " · v" + e.latest().versionNo() + " · "
                        + kind(e.latest()) + " · " + size(e.latest().sizeBytes()),
                getTranslation("materials.updated") + ": "
                        + Formats.date(e.latest().uploadedAt().atZone(Formats.zone()).toLocalDate(), getLocale()),
                getTranslation("materials.downloads") + ": " + e.totalDownloads(), actions(e)));
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
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

    private void upload(@Nullable Entry existing) {
        MaterialUploadDialog.open(this, library, existing, this::refresh);
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
