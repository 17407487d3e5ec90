package dk.sambo.portal.shared.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableFunction;

/**
 * A grid that turns into a list of cards on a narrow window (issue 14): below {@link #NARROW_PX} its columns are
 * hidden and one column shows each row as a small card, so nothing is cut off or scrolls sideways on a phone. It
 * follows the window as it is resized. The columns stay the same grid, so sorting, selection and tests still work.
 */
public final class ResponsiveGrid {

    /** The same width at which the header collapses. */
    public static final int NARROW_PX = 900;

    private ResponsiveGrid() {
    }

    /** Adds the card column (key "card") and switches between it and the other columns with the window width. */
    public static <T> Grid.Column<T> cardsWhenNarrow(Grid<T> grid, SerializableFunction<T, Component> card) {
        var wide = new ArrayList<Grid.Column<T>>(grid.getColumns());
        var cardColumn = grid.addColumn(new ComponentRenderer<>(card::apply)).setKey("card").setFlexGrow(1)
                .setWidth("100%");
        cardColumn.setVisible(false);
        grid.addClassName("responsive-grid");
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> fit(grid, wide, cardColumn, details.getWindowInnerWidth()));
            var registration = page.addBrowserWindowResizeListener(e -> fit(grid, wide, cardColumn, e.getWidth()));
            grid.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
        return cardColumn;
    }

    /** Hides the given columns on a narrow window (for a tree grid, whose hierarchy column must stay). */
    @SafeVarargs
    public static <T> void hideWhenNarrow(Grid<T> grid, Grid.Column<T>... columns) {
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> show(columns, details.getWindowInnerWidth()));
            var registration = page.addBrowserWindowResizeListener(e -> show(columns, e.getWidth()));
            grid.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }

    private static <T> void show(Grid.Column<T>[] columns, int width) {
        boolean narrow = width > 0 && width < NARROW_PX;
        for (var column : columns) {
            column.setVisible(!narrow);
        }
    }

    private static <T> void fit(Grid<T> grid, List<Grid.Column<T>> wide, Grid.Column<T> card, int width) {
        boolean narrow = width > 0 && width < NARROW_PX;
        if (card.isVisible() == narrow) {
            return;
        }
        wide.forEach(column -> column.setVisible(!narrow));
        card.setVisible(narrow);
        grid.setClassName("cards", narrow);
    }
}
