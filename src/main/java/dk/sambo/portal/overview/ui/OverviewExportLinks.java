package dk.sambo.portal.overview.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import dk.sambo.portal.overview.Area;
import dk.sambo.portal.overview.Overview;

/**
 * The overview's two downloads, CSV and XLSX, of exactly what the page shows ({@link OverviewExport}), and the
 * progress bar of a running download. Shown only while the page shows figures; a stale link or a hand-made
 * request for a node the person may not open is answered 403 with a message.
 */
final class OverviewExportLinks {

    private final Component owner;
    private final Supplier<Overview> current;
    private final Predicate<Area> mayView;
    private final Function<Overview, String> displayName;
    private final Map<String, String> topicNames;
    private final Function<LocalDate, String> date;
    private final ProgressBar progress = new ProgressBar();
    private final Anchor csv;
    private final Anchor xlsx;

    /**
     * @param owner       the view whose language and translations the files use
     * @param current     the overview on the screen (null while none is shown)
     * @param displayName the node's name as the page heads it
     */
    OverviewExportLinks(Component owner, Supplier<Overview> current, Predicate<Area> mayView,
            Function<Overview, String> displayName, Map<String, String> topicNames, Function<LocalDate, String> date) {
        this.owner = owner;
        this.current = current;
        this.mayView = mayView;
        this.displayName = displayName;
        this.topicNames = topicNames;
        this.date = date;
        progress.setVisible(false);
        progress.addClassName("overview-export-progress");
        csv = link("csv");
        xlsx = link("xlsx");
        show(false);
    }

    List<Anchor> links() {
        return List.of(csv, xlsx);
    }

    ProgressBar progress() {
        return progress;
    }

    /** Export only what is on the screen: no links on a refused area or an invalid period. */
    void show(boolean visible) {
        csv.setVisible(visible);
        xlsx.setVisible(visible);
    }

    private Anchor link(String format) {
        var handler = DownloadHandler.fromInputStream(event -> response(format)).whenStart(() -> {
            progress.setIndeterminate(false);
            progress.setValue(0);
            progress.setVisible(true);
        }).onProgress((done, total) -> {
            if (total > 0) {
                progress.setValue(Math.min(1.0, (double) done / total));
            }
        }).whenComplete(ok -> progress.setVisible(false));
        var anchor = new Anchor(handler, owner.getTranslation("overview.export." + format));
        anchor.addClassName("overview-export-" + format);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    /**
     * What a click on a link answers: the file of the overview on the screen, or 403 with a message when the person
     * may not open its area (now): the links are hidden on a refused area, so only a stale link or a hand-made
     * request gets here.
     */
    DownloadResponse response(String format) throws IOException {
        var overview = current.get();
        if (overview == null || !mayView.test(overview.area())) {
            return DownloadResponse.error(403, owner.getTranslation("overview.export.denied"));
        }
        var bytes = export(overview, format);
        var name = "overblik-" + overview.area().token() + "-" + overview.period().from() + "-"
                + overview.period().to() + "." + format;
        var type = format.equals("csv") ? "text/csv; charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
    }

    /** The file of an overview in the viewer's language: {@code format} is "csv" or "xlsx". */
    byte[] export(Overview overview, String format) throws IOException {
        var document = OverviewExport.document(overview, displayName.apply(overview), owner::getTranslation,
                k -> topicNames.getOrDefault(k, k), date);
        var out = new ByteArrayOutputStream();
        if (format.equals("csv")) {
            ExportFormats.writeCsv(document, locale(), out, i -> {
            });
        } else {
            ExportFormats.writeXlsx(document, out, i -> {
            });
        }
        return out.toByteArray();
    }

    /** The owner's language (the UI's, as its translations use). */
    private Locale locale() {
        return owner.getUI().map(ui -> ui.getLocale()).orElse(Locale.getDefault());
    }
}
