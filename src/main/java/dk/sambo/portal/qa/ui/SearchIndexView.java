package dk.sambo.portal.qa.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import dk.sambo.portal.qa.search.SearchIndexMaintenance;
import dk.sambo.portal.shared.ui.Feedback;

/**
 * Administration of the doubt questions' search index: how many questions the database and the index hold, and
 * a rebuild with progress (pushed to the browser as the index fills). The portal brings the index in line by
 * itself at every start; this is for when an administrator wants it rebuilt now. Start and end are audited.
 */
@Route("admin/soegeindeks")
@RolesAllowed("ADMIN")
@Menu(order = 96, title = "qa.index.title", icon = "vaadin:search")
class SearchIndexView extends VerticalLayout implements HasDynamicTitle {

    private final SearchIndexMaintenance index;
    private final Span counts = new Span();
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span status = new Span();
    private final Button rebuild;

    SearchIndexView(SearchIndexMaintenance index) {
        this.index = index;
        rebuild = new Button(getTranslation("qa.index.rebuild"), e -> startRebuild());
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        progress.setVisible(false);
        status.addClassName("search-index-status");
        counts.addClassName("search-index-counts");
        add(new H1(getTranslation("qa.index.title")), new Paragraph(getTranslation("qa.index.intro")), counts,
                rebuild, progress, status);
        showCounts();
    }

    private void showCounts() {
        counts.setText(getTranslation("qa.index.counts", index.storedQuestions(), index.indexedQuestions()));
    }

    private void startRebuild() {
        var ui = UI.getCurrent();
        var started = index.startRebuild((done, total) -> ui.access(() -> {
            progress.setValue(total == 0 ? 1 : Math.min(1, done / (double) total));
            status.setText(getTranslation("qa.index.progress", done, total));
        }));
        if (started.isEmpty()) {
            Feedback.error(getTranslation("qa.index.busy"));
            return;
        }
        rebuild.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(getTranslation("qa.index.started"));
        started.get().whenComplete((took, failure) -> ui.access(() -> {
            rebuild.setEnabled(true);
            progress.setVisible(false);
            status.setText(failure == null ? getTranslation("qa.index.done", took.toMillis() / 1000.0)
                    : getTranslation("qa.index.failed"));
            showCounts();
        }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("qa.index.title");
    }
}
