package dk.sambo.portal.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;

/**
 * All text the current view shows (own text of every component, labels, rendered HTML, grid rows), for assertions. Only the
 * view, not the shell around it: the header's notification list would otherwise leak other features' texts in.
 */
public final class PageText {

    private PageText() {
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static String now() {
        var text = new StringBuilder();
        var view = UI.getCurrent().getCurrentView();
        for (Component c : _find(view, Component.class)) {
            var own = c.getElement().getText();
            if (own != null && !own.isBlank()) {
                text.append(own).append('\n');
            }
            if (c instanceof com.vaadin.flow.component.Html html) {
                // Rendered Markdown (answers, comments, guidance): its text as the browser shows it.
                text.append(org.jsoup.Jsoup.parse(html.getInnerHtml()).text()).append('\n');
            }
            var label = c.getElement().getProperty("label");
            if (label != null && !label.isBlank()) {
                text.append(label).append('\n');
            }
        }
        for (Grid grid : _find(view, Grid.class)) {
            int size = GridKt._size(grid);
            text.append('\n').append(IntStream.range(0, size)
                    .mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(grid, i)))
                    .collect(Collectors.joining("\n")));
        }
        return text.toString();
    }
}
